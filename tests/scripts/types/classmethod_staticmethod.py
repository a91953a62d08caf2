class Shape:
    sides = 0
    def __init__(self, name): self.name = name
    @classmethod
    def create(cls, name):
        return cls(name)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"
    @staticmethod
    def helper(x, y):
        return x + y
class Square(Shape):
    sides = 4
s = Square.create("sq")
print(type(s).__name__, s.name, Square.describe(), s.describe(), Shape.describe())
print(Shape.helper(1, 2), s.helper(3, 4))
print(type(Shape.__dict__["helper"]).__name__, type(Shape.__dict__["create"]).__name__)
class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class Sub(Counter): pass
print(Counter.inc(), Counter.inc(), Sub.inc(), Counter.n, Sub.n)
