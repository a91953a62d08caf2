# lru_cache / cache / cached_property in memoisation code.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(20), factorial.cache_info().misses, factorial.cache_info().hits)
factorial(21)
print(factorial.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    slow_square(x)
print(calls, slow_square.cache_info())
print(slow_square.cache_parameters())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info._fields)


@functools.lru_cache
def kw(a, b=1):
    calls.append((a, b))
    return a + b


calls.clear()
print(kw(1), kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), calls)
print(kw.__name__, kw.__wrapped__.__name__)


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

    @functools.lru_cache(maxsize=None)
    def scaled(self, k):
        return self.r * k


c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
print(c.scaled(3), c.scaled(3), Circle.scaled.cache_info().hits)
print(type(Circle.__dict__["area"]).__name__, Circle.area.attrname)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("TypeError:", e)
