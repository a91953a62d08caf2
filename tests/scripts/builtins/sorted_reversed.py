print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["B", "a", "C"], key=str.lower))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
class RR:
    def __reversed__(self): return iter("custom")
print("".join(reversed(RR())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
