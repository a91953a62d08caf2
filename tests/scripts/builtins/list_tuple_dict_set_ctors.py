print(list(), list((1, 2)), list({"a": 1}), list(x for x in range(2)), list(range(0)))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple({1: 2}))
print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip([1, 2], "xy")), dict([[1, 2]]))
print(set(), set("aab") == {"a", "b"}, set([3, 1, 2]), set(range(3)), frozenset([1, 1]), frozenset())
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
a = [1, 2]
print(list(a) is a, tuple((1,)) == (1,), list(a) == a)
