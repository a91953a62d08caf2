print(None, repr(None), type(None).__name__, bool(None), None is None)
print(True, False, type(True).__name__, isinstance(True, int), True == 1, False == 0)
print(True + 1, str(True), repr(False), int(True), bool("False"), bool(0))
print(True & False, True | False, not True, -True, ~True)
print(bool.__mro__[1].__name__, issubclass(bool, int))
def f(): pass
print(f() is None, [None] * 2, {None: 1}[None])
print(hash(True) == hash(1), {True: "a", 1: "b"})
try:
    None.x
except AttributeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
