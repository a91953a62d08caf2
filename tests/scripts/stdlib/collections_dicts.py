# defaultdict, Counter and OrderedDict in word counting and grouping code.
from collections import Counter, OrderedDict, defaultdict

text = "the quick brown fox jumps over the lazy dog the end"
groups = defaultdict(list)
for word in text.split():
    groups[len(word)].append(word)
print(groups)
print(dict(groups), groups[99], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict(None, {"a": 1})
print(plain)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(groups, dict), groups.copy() == groups, type(groups.copy()).__name__)
s = defaultdict(set)
s["k"].add(1)
print(s)

c = Counter(text.split())
print(c)
print(c.most_common(2), c["the"], c["missing"], "missing" in c)
letters = Counter("abracadabra")
print(letters, letters.most_common(3), sorted(letters.elements()))
letters.update("aaz")
letters.subtract({"b": 5})
print(letters, letters.total())
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, -b, +Counter(x=-1, y=2))
a += Counter(z=2)
print(a, a == Counter(z=2, a=3, b=1), Counter(a=1) <= Counter(a=2))
del a["zzz"]
print(Counter(), Counter({"x": 2}), Counter(cats=4, dogs=0))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict.fromkeys("xy", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
cache = OrderedDict()
for key in [1, 2, 3, 1, 4]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = key * 10
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache)
