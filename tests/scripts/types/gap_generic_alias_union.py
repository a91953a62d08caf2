# `X | Y` with generic aliases (list[int] | None …): types.UnionType results with CPython's
# repr, __args__, equality and errors; types.UnionType and types.GenericAlias themselves.
import types

print(list[int] | None)
print(int | list[str])
print(dict[str, int] | None)
print(None | list[int])
print(list[int] | dict[str, int] | None)
print(tuple[int, ...] | None, set[str] | frozenset[int])
u = list[int] | None
print(type(u), type(u).__name__, type(u).__qualname__, type(u).__module__)
print(u.__args__, u.__parameters__)
print(u == (None | list[int]), u == (list[int] | None), hash(u) == hash(None | list[int]))
print(list[int] | list[int], list[int] | list[str])
print((list[int] | int) | (int | str))
print(int | str | None)

print(isinstance(int | str, types.UnionType), isinstance(list[int] | None, types.UnionType))
print(isinstance(list[int], types.GenericAlias), types.GenericAlias, types.UnionType)
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)
print(types.GenericAlias.__name__, types.GenericAlias.__module__, types.UnionType.__name__)
print("UnionType" in types.__all__, "GenericAlias" in types.__all__)

print(isinstance(3, int | str), isinstance([], list | None), isinstance(None, int | None))
print(isinstance([], list | list[int]))
for args in [([], list[int]), (list, list[int]), ([], int | list[int]), (list, int | list[int])]:
    for fn in (isinstance, issubclass):
        try:
            print(fn.__name__, fn(*args))
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)

for make in [lambda: list[int] | 3, lambda: 3 | list[int], lambda: list[int] | "str",
             lambda: (int | str)(), lambda: len(int | str), lambda: len(list[int]),
             lambda: types.GenericAlias(list), lambda: types.GenericAlias(list, int, x=1),
             lambda: types.UnionType()]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)

# GenericAlias: attributes come from the origin, except its own
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int].__unpacked__)
print(list[int].append is list.append, list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].__class__, list[int].__mro_entries__((list[int],)), list[int].__doc__ == list.__doc__)
print(list[int].__or__(None), list[int].__ror__(int), list[int].__or__(3))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(types.GenericAlias(list, int) == list[int], list[int]([1, 2]), dict[str, int](a=1))

class Stack(list[int]):
    pass

print(Stack.__mro__, Stack.__orig_bases__, Stack([1]))

x: list[int] | None = None

def f(a: dict[str, int] | None = None) -> list[int] | None:
    return a

print(f.__annotations__)
