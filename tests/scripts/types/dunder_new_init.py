class Singleton:
    _inst = None
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init not called")
print(Other())
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class Args:
    def __init__(self, a, b=2): self.t = (a, b)
print(Args(1).t, Args(1, b=3).t)
try:
    Args()
except TypeError as e:
    print(e)
try:
    object.__new__(Args).t
except AttributeError as e:
    print(e)
