# Assigning a class's __doc__ or __module__ (type's setters, not a plain dict write) must reach
# attribute lookups already made through instances and subclasses; neither can be deleted.
class A:
    def __doc__(self):
        return "old doc"

    def __module__(self):
        return "old module"

class B(A):
    pass

a = A()

def call(o):
    return o.__doc__(), o.__module__()

for _ in range(30):
    r = call(a)
print(r)
A.__doc__ = lambda self: "new doc"
A.__module__ = lambda self: "new module"
print(call(a))
print(B.__doc__, B.__module__)


class C:
    """old"""

class D(C):
    pass

c, d = C(), D()

def read():
    return c.__doc__, d.__doc__, c.__module__, C.__doc__, D.__module__

for _ in range(30):
    r = read()
print(r)
C.__doc__ = "new"
C.__module__ = "elsewhere"
print(read(), repr(C))
D.__doc__ = "d's own"
print(read())

for target, attr in [(C, "__doc__"), (C, "__module__"), (int, "__doc__"), (int, "__module__")]:
    try:
        delattr(target, attr)
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__doc__ = "x"
except TypeError as e:
    print("TypeError:", e)
