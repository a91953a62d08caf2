def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"
    return "outer done"
g = outer()
print(list(g))
def delegating():
    res = yield from accumulate()
    yield ("total", res)
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
g = delegating()
next(g)
for v in (1, 2, 3):
    g.send(v)
print(g.send(None))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
