d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], list(d))
d["b"] = 10   # updating keeps position
print(list(d.items()))
del d["b"]
d["b"] = 5    # reinserting moves to end
print(list(d.keys()))
keys = d.keys(); vals = d.values(); items = d.items()
d["z"] = 0
print(keys, vals, items)
print(len(keys), "z" in keys, ("z", 0) in items, 0 in vals)
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", frozenset([1]): "fs"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
print(keys & {"a", "q"} == {"a"}, sorted(keys | {"q"}))
e = {}
print(e, bool(e), dict.fromkeys("ab", 0))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list(reversed({"x": 1, "y": 2})))
