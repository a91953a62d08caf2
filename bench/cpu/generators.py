# A generator pipeline: source -> filter -> map -> windowed sum.
def source(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x % 1_000_003
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield sum(buf)
            buf.clear()
total = 0
for w in windows(squares(evens(source(10_000_000))), 10):
    total = (total + w) % 1_000_000_007
print("checksum", total, sum(x for x in range(500_000) if x & 1))
