# X | Y on classes makes a types.UnionType (3.10+): repr, __args__, ==, hash, isinstance.
U = int | str
print(U, type(U), type(U).__name__, type(U).__module__)
print(U.__args__, (int | None).__args__, U.__parameters__)
print(int | None, None | int, int | str | None, (int | str) | float, int | (str | float))
print(int | int, int | str | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print((int | str) == (int | float), (int | str) != (int | str), (int | str) == int)
print(int | list[int], (int | list[int]).__args__, str | dict[str, int] | None)


class A:
    pass


class B(A):
    pass


print(A | None, A | B)
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(3.0, int | str))
print(isinstance(None, int | None), isinstance(B(), A | None), isinstance(3, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(B, A | int))
print(issubclass(int, (float | str, int)))
for left, right in [(int, "str"), (int, 3), (3, int)]:
    try:
        left | right
    except TypeError as e:
        print(e)
try:
    type(int | str)()
except TypeError as e:
    print(e)
try:
    (int | str) + 1
except TypeError as e:
    print(type(e).__name__)
d = {int | str: "union"}
print(d[str | int])


def f(x: int | None = None) -> int | list[int]:
    return x


print(f.__annotations__)
