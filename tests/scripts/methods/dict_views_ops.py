d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(list(d.items())[-1], ("a", 1) in d.items(), len(d.values()), list(reversed(d.values())))
print(k == {"a", "b", "c"}, d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.values() == d.values())
it = iter(d.items())
print(next(it), next(it))
print(dict(d.items()) == d, sorted(d, key=d.get, reverse=True), max(d, key=lambda x: d[x]))
print(list(map(lambda kv: kv[0] * kv[1], d.items())), {v: k for k, v in d.items()})
