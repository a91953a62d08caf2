words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs2 = list(recs)
recs2.sort(key=lambda r: r[0], reverse=True)
recs2.sort(key=lambda r: r[1])
print(recs2)
nums = [5, -3, 2, -1, 0, 4]
nums.sort(key=abs); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted([3.5, 1, 2.25, -0.5]), sorted([[2, 1], [1, 2], [1, 1]]), sorted("hello"))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2)])])
print(sorted({3: "a", 1: "b"}), sorted([True, False, 0, 1]))
