# issubclass() and isinstance() consult a metaclass's __subclasscheck__/__instancecheck__.
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, getattr(sub, "__name__", sub))
        return sub is int or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int) or type.__instancecheck__(cls, inst)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(issubclass(int, A))
print(issubclass(str, A))
print(issubclass(B, A))
print(issubclass(A, A))
print(isinstance(3, A))
print(isinstance(B(), A))
print(isinstance(A(), A))   # exact type: no call
print(issubclass(int, (str, A)))
print(isinstance("s", (int, A)))


class Anything:
    def __subclasscheck__(self, sub):
        return True

    def __instancecheck__(self, inst):
        return inst == 7


print(issubclass(float, Anything()), isinstance(7, Anything()), isinstance(8, Anything()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)))
for args in [(3, int), (int, 3), (int, (str, 3)), (3, 4)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(e)


class Raises(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("no subclass check")


class R(metaclass=Raises):
    pass


try:
    issubclass(int, R)
except ValueError as e:
    print("ValueError", e)
print(type.__subclasscheck__(A, B), type.__instancecheck__(A, 3))
