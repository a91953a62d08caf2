print(len([1, 2]), len("héllo"), len({}), len(range(5, 10)), len(b"ab"), len((1,)), len({1, 2, 2}))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
for i, (a, b) in enumerate(zip("xy", "pq"), start=10):
    print(i, a, b)
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
class L:
    def __len__(self): return 3
print(len(L()))
try:
    len(5)
except TypeError as e:
    print(e)
