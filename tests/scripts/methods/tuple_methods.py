t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(e)
print(len(t), min(t), max(t), sum(t), sorted(t), t[::-1], t.__len__())
print(tuple(sorted(set(t))), (1,) * 0, ((),) * 2)
