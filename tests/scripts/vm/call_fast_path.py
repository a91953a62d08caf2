# The call fast path: defaults (and their replacement), closures, __code__ replacement,
# recursion limits, argument errors and __init__ of plain classes.
def f(a, b=2, c=3): return (a, b, c)
for i in range(2): print(f(1), f(1, 5), f(1, 5, 6))
f.__defaults__ = (20, 30)
print(f(1))
f.__defaults__ = None
try: f(1)
except TypeError as e: print(e)
try: f()
except TypeError as e: print(e)
try: f(1, 2, 3, 4)
except TypeError as e: print(e)

def outer():
    x = 10
    def inner(y): return x + y
    return inner
inn = outer()
for i in range(2): print(inn(1))

def g(a): return a * 2
def h(a): return a * 3
for i in range(2): print(g(2))
g.__code__ = h.__code__
print(g(2))

def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError", e)
def rec2(n): return 0 if n == 0 else 1 + rec2(n - 1)
print(rec2(500))

class P:
    def __init__(self, a, b=7):
        self.a = a; self.b = b
    def s(self): return self.a + self.b
for i in range(3): print(P(i).s(), P(i, 1).s())
try: P()
except TypeError as e: print(e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
P.__init__ = lambda self, a, b=0: setattr(self, "a", a) or setattr(self, "b", -1)
print(P(1).s())
class Meta(type):
    def __call__(cls, *a): return "meta call"
class M(metaclass=Meta):
    def __init__(self): pass
print(M())

def cells(a):
    def k(): return a
    return k()
for i in range(2): print(cells(i))
def gen(n):
    yield n
for i in range(2): print(list(gen(i)))
def kwo(a, *, b=1): return a + b
print(kwo(1), kwo(1, b=2))
def va(*a): return a
print(va(1, 2))
