s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, set(), set([1, 1, 2]))
s.add(4); s.discard(10); s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a.isdisjoint({9}))
f = frozenset([1, 2, 3])
print(f, type(f).__name__, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(f) == hash(frozenset([3, 2, 1])), {f: "hashable"}[frozenset({1, 2, 3})])
try:
    f.add(5)
except AttributeError as e:
    print(e)
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
print({1, 2} == frozenset({1, 2}), set("aab") == {"a", "b"}, sorted({"b", "a", "c"}))
print(frozenset(), set(range(5)) - {0}, {x for x in range(3)} | {9})
