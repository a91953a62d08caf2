class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x; self.y = y
        Point.count += 1
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4); q = Point(1, 1)
print(p.dist2(), Point.count, p.count, sorted(vars(p).items()))
p.count = 99
print(Point.count, p.count, q.count)
print(type(p) is Point, p.__class__.__name__, isinstance(p, object))
Point.z = "class attr added later"
print(q.z)
def ext(self): return "extension " + str(self.x)
Point.ext = ext
print(p.ext())
print(hasattr(p, "x"), getattr(p, "missing", "default"))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
class Slotted:
    __slots__ = ("a",)
s = Slotted(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
print(s.a)
