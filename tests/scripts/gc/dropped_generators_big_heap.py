# coil: timeout=20
# Generators suspended inside try/finally, dropped by the program (break out of their for
# loop, del): the finally blocks of the first few run at once, as with refcounting; then
# 200,000 of them are dropped while 300,000 small objects are alive. Collecting the whole
# heap at every drop would take minutes; all of them must still be closed in the end.
import gc

log = []
closed = 0

def tracked(i):
    try:
        yield i
        yield i + 1
    finally:
        log.append(i)

def counted():
    global closed
    try:
        yield 1
        yield 2
    finally:
        closed += 1

for i in range(3):
    for x in tracked(i):
        break
    log.append(-i - 1)
print(log)

def drop_with_del(i):
    g = tracked(i)
    next(g)
    del g
    log.append("after del")

drop_with_del(10)
print(log[-2:])

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def churn(n):
    for i in range(n):
        for x in counted():
            break
    for i in range(n):
        g = counted()
        next(g)
        del g

def total():
    return closed

keep = [Point(i, i) for i in range(300000)]
churn(100000)
gc.collect()
for i in range(3):   # a few safe points for pending close() calls
    pass
print(total(), len(keep), keep[-1].x)
