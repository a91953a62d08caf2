t = (1, "a", 2.5)
print(t, len(t), t[1], t[-1], (), (1,), tuple("ab"), tuple([1, 2]))
print(type(()).__name__, (1) == 1, (1,) == 1, 1, 2 == (1, 2) if False else "skip")
a, b, c = t
print(a, b, c)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, (2, 3)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print(e)
tl = ([1], 2)
tl[0].append(3)
print(tl)
try:
    tl[0] += [4]
except TypeError as e:
    print(e)
print(tl)
try:
    hash(([1],))
except TypeError as e:
    print(e)
print((1, 2, 3).count(2), (1, 2, 3).index(3), tuple(x * 2 for x in range(3)))
print(repr((1,)), repr(()), str(("a", 'b"')))
