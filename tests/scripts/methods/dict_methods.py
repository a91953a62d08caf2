d = {"a": 1, "b": 2}
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}); d.update(e=5); d.update([("f", 6)]); print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d.popitem(), d)
c = d.copy(); c["new"] = 1; print(d, c)
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", []))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 9})
m = {"a": 1}; m |= {"b": 2}; print(m)
m.clear(); print(m, len(m))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(sorted({"b": 1, "a": 2}.items()), {1: 2}.__len__(), {"k": [1]}["k"][0])
print(list({"x": 1}.items())[0], {"a": 1}.keys() == {"a"}, dict(sorted({"b": 1, "a": 2}.items())))
