def f():
    """Function docstring."""
    return 1
def g():
    x = 1
    "not a docstring"
def h():
    """Multi
    line"""
class C:
    """Class doc."""
    def m(self):
        'method doc'
print(f.__doc__)
print(g.__doc__)
print(repr(h.__doc__))
print(C.__doc__, C.m.__doc__, C().m.__doc__)
print(__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
print((lambda: 1).__doc__)
