def gen(limit):
    i = 0
    while True:
        if i >= limit:
            return i * 100
        yield i
        i += 1
def drive(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(drive(gen(3)))
print(drive(gen(0)))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in gen_finally():
    print(x)
    break
print("after break")
