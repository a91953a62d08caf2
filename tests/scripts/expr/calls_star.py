def f(a, b, c=0, *args, d=1, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} kw={sorted(kw.items())}"
print(f(1, 2))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), d=5, **{"x": 1}, y=2))
print(f(**{"a": 1, "b": 2}, **{"z": 9}))
print(f(*"ab", *range(2)))
def g(*a, **k): return len(a), len(k)
print(g(*[], **{}), g(*(i for i in range(4))))
try:
    f(1, 2, **{"a": 3})
except TypeError as e:
    print(e)
try:
    g(**{"k": 1}, k=2)
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
print(max(*[3, 1, 2]), print(*["x", "y"], sep="-"))
