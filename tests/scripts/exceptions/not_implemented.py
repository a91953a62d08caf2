class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def area(self): return 4
print(Sq().area())
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else "skip")
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != 1)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("as RuntimeError:", repr(e))
