def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__name__)
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
def shared():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared()
s(42)
print(g())
def late():
    fs = [lambda: v for v in "abc"]
    return "".join(f() for f in fs)
print(late())
def cell_after_def():
    def f(): return y
    y = "bound later"
    return f()
print(cell_after_def())
print(type(double).__name__, callable(double), double.__code__.co_name if hasattr(double, "__code__") else "mul")
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
