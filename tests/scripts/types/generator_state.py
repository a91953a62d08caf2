def g():
    yield 1
gen = g()
print(gen.gi_running)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(list(gen))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
