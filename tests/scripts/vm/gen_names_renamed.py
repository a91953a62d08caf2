# Generator/coroutine names when they differ from the code's (functools.wraps, or assigned):
# many at once, dropped and reused, and after collection.
import functools, gc

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        yield from fn(*a)
    return wrapper

@deco
def counted(n):
    yield n

gens = [counted(i) for i in range(1000)]
print({(g.__name__, g.__qualname__) for g in gens})
for i, g in enumerate(gens):
    if i % 3 == 0:
        g.__name__ = "n%d" % i
    if i % 5 == 0:
        g.__qualname__ = "q%d" % i
print([(g.__name__, g.__qualname__) for g in gens[:16]])
del gens
gc.collect()
more = [counted(i) for i in range(50)]
more[7].__qualname__ = "seven"
print(sorted({g.__qualname__ for g in more}))
print(repr(more[7]).split(" at ")[0], next(more[7]))

def plain():
    yield 1
p = plain()
p.__name__ = "renamed"
print(p.__name__, p.__qualname__, repr(p).split(" at ")[0])
try:
    p.__name__ = 3
except TypeError as e:
    print(e)
