# groupby over sorted data, including groups consumed late or not at all.
from itertools import groupby

records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"),
           ("veg", "leek"), ("veg", "okra")]
for kind, items in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in items])

by_kind = {}
for kind, items in groupby(sorted(records), key=lambda r: r[0]):
    by_kind[kind] = [name for _, name in items]
print(by_kind)

print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print([k for k, _ in groupby("aabbbcaa")])
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])

it = groupby([1, 1, 2, 3, 3])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g2), list(g))
print(list(groupby([])))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print([(k, sum(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda n: n % 2)])
