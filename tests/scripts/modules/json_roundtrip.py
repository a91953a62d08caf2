import json
values = [0, -1, 2 ** 53, 1.5, -2.25e-10, "", "text with \"quotes\"", "üñí", [], {}, [1, [2, [3]]], {"k": {"k": {"k": None}}}, True, False, None]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v)
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True, separators=(",", ": ")))
print(json.dumps(["a", 1], separators=(" , ", " : ")))
