a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcde"
print(h, mid, t)
*all_, = (9, 8)
print(all_)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
p, *q = [1]
print(p, q)
a, b, c = iter([7, 8, 9])
print(a + b + c)
