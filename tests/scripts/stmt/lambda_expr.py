sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10, *c, **d: (a + b, c, d)
print(add(1), add(1, 2, 3, k=4))
print((lambda: "no args")())
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(sq.__name__)
print((lambda *a: a)(1, 2))
print((lambda x: (yield x)) is not None)
