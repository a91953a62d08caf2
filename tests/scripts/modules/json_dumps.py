import json
data = {"name": "coil", "version": 1, "ratio": 0.5, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": False}, "empty": [], "obj": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent=4), json.dumps("é☃😀"), json.dumps("é", ensure_ascii=False))
print(json.dumps("quote\" backslash\\ nl\n tab\t ctrl\x01"), json.dumps(1e100), json.dumps(3.0), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps(10 ** 30), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps({"a": 1}, indent=0))
