print(type(1), type("s").__name__, type(None).__name__, type(type(1)).__name__)
def init(self, v): self.v = v
Point = type("Point", (), {"x": 0, "__init__": init, "show": lambda self: f"P({self.v})"})
p = Point(5)
print(Point.__name__, p.show(), p.x, type(p).__name__, Point.__bases__)
Sub = type("Sub", (Point,), {"extra": True})
s = Sub(7)
print(s.show(), s.extra, isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (object,), {})
print(Empty.__name__, Empty().__class__.__name__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
