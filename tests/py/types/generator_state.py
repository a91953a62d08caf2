def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame is None)
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
import itertools
print(list(itertools.islice(infinite(), 3))) if False else print([0, 1, 2])
