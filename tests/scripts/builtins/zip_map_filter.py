print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), range(3))))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(7))))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
print(dict(zip("abc", range(3))), list(zip(*zip([1, 2], [3, 4]))))
