def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
def twice(fn):
    def wrapper(*a):
        return fn(*a) * 2
    return wrapper
@trace
@twice
def add(x, y):
    return x + y
print(add(1, 2))
def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one(): return 1
print(one())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a.__name__)
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("outer")
@mark("inner")
def z(): pass
print(order)
