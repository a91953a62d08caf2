d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = dict(d)
for k, v in list(d2.items()):
    d2[k * 10] = v
print(d2)
d3 = {"a": 1}
it = iter(d3)
d3["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
d4 = {"a": 1, "b": 2}
try:
    for k in d4:
        del d4[k]
except RuntimeError as e:
    print(e)
print(d4)
d5 = {1: 1}
for k in d5:
    d5[k] = 2   # changing values is fine
print(d5)
d6 = {i: None for i in range(100)}
for i in range(0, 100, 2):
    del d6[i]
print(len(d6), list(d6)[:5])
d6.clear()
print(d6)
