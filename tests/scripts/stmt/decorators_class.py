def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
def tag(value):
    def deco(cls):
        cls.tag = value
        return cls
    return deco
@tag("T1")
@add_hello
class A:
    pass
print(A().hello(), A.tag)
instances = {}
def singleton(cls):
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class S:
    pass
print(S() is S())
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
