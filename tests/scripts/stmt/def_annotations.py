def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
ann = f.__annotations__
for k in ann:
    print(k, ann[k])
def g(x): return x
print(g.__annotations__)
print(f(1))
def h() -> None: pass
print(h.__annotations__)
