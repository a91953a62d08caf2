def f(): pass
class C:
    def __call__(self): pass
class D: pass
print(callable(f), callable(C), callable(C()), callable(D()), callable(print), callable(1), callable(lambda: 0))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"), format(5))
print(format(True), format(None), format([1, 2]), format(-0.0), format(12, "+"), format(1e-5, "g"))
o = object()
print(type(o).__name__, isinstance(o, object), object.__name__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    format(1, "q")
except ValueError as e:
    print(e)
