x = 10
def f():
    x = 1
    return [x + i for i in range(3)]
print(f())
def g():
    items = [lambda: n for n in range(3)]
    return [h() for h in items]
print(g())
class C:
    base = 100
    vals = [i for i in range(3)]
print(C.vals)
print([[i, j] for i in range(2) for j in range(i, 2)])
i = "unchanged"
_ = [i for i in range(5)]
print(i)
gen = (i for i in range(3))
print(i, list(gen))
print({i: [j for j in range(i)] for i in range(3)})
print([x for x in [x for x in range(3)]])
