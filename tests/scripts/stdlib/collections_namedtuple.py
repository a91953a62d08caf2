# namedtuple records: construction, access, unpacking, helpers and errors.
from collections import namedtuple, ChainMap

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), Point(y=4, x=3))
Employee = namedtuple("Employee", "name, dept salary", defaults=[50000])
e = Employee("ann", "eng")
print(e, Employee._field_defaults, e.salary)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
print(max([Point(3, 1), Point(1, 2)], key=lambda q: q.y))
Renamed = namedtuple("Renamed", ["a", "def", "a", "_b"], rename=True)
print(Renamed._fields)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1))
Single = namedtuple("Single", "only")
print(Single(1), Single._make([2]))

for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x _y"),
            lambda: namedtuple("P", "x class"), lambda: namedtuple("1P", "x"),
            lambda: namedtuple("P", "x", defaults=[1, 2])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
cm["color"] = "blue"
print(env, defaults, cm.get("nope", 0))
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child)
