def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=0, c=1, b=2))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2))
print(g.__defaults__)
val = 10
def h(v=val):
    return v
val = 20
print(h())
def k(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(k(1), k(2))
print(f.__name__, f.__defaults__)
