def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3, y=4))
def g(a, *rest, key="k", **extra):
    return a, rest, key, extra
print(g(1))
print(g(1, 2, 3, key="z", w=1))
def h(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2)
print(h(*args, 3), h(*[3], *(2, 1)), h(**{"c": 1, "b": 2, "a": 3}))
print(h(1, **{"b": 5}, c=6))
def count(*a): return len(a)
print(count(*range(10), *"abc"))
