# Inline caches of attribute and method sites: every change to a class, an ancestor, an
# instance dict or an object's class must be seen by a site that ran before.
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass

def get_x(o): return o.x
def call_m(o): return o.m()
def get_m(o): return o.m

b = B()
for i in range(3): print(get_x(b), call_m(b))
A.x = 2                      # ancestor change
print(get_x(b))
A.m = lambda self: "new m"
print(call_m(b))
b.x = 10                     # instance shadows class attr
print(get_x(b))
del b.x
print(get_x(b))
b.m = lambda: "instance m"   # instance dict shadows method
print(call_m(b))
del b.m
print(call_m(b))
B.x = 5
print(get_x(b))
del B.x
print(get_x(b))

# property added later (data descriptor beats instance dict)
class C:
    def __init__(self): self.v = 1
c = C()
def get_v(o): return o.v
for i in range(3): print(get_v(c))
C.v = property(lambda self: "prop")
print(get_v(c))
del C.v
print(get_v(c))

# __class__ assignment
class D:
    def m(self): return "D"
    y = "Dy"
class E:
    def m(self): return "E"
    y = "Ey"
d = D()
for i in range(2): print(call_m(d), d.y)
d.__class__ = E
print(call_m(d), d.y)

# __dict__ replacement
class F: pass
f = F()
f.a = 1
def get_a(o): return o.a
for i in range(3): print(get_a(f))
f.__dict__ = {"a": 42}
print(get_a(f))
f.__dict__ = {"b": 1, "a": 43}
print(get_a(f))

# different insertion orders
class G: pass
g1 = G(); g1.p = 1; g1.q = 2
g2 = G(); g2.q = 3; g2.p = 4
for o in [g1, g2, g1, g2]: print(o.p, o.q)

# setattr into different dict layouts
def setp(o, v): o.p = v
for o in [g1, g2, G()]:
    setp(o, 100)
    print(o.p, sorted(vars(o)))

# __getattr__ added later
class H:
    pass
h = H()
def get_z(o):
    try: return o.z
    except AttributeError as e: return "AE"
for i in range(2): print(get_z(h))
H.__getattr__ = lambda self, n: "ga:" + n
print(get_z(h))
del H.__getattr__
print(get_z(h))

# __setattr__ added later
class I: pass
ii = I()
def set_w(o): o.w = 1
set_w(ii); set_w(ii)
I.__setattr__ = lambda self, n, v: print("setattr", n, v)
set_w(ii)
del I.__setattr__
set_w(ii); print(ii.w)

# slots
class S:
    __slots__ = ("a", "b")
s = S()
def seta(o, v): o.a = v
def geta(o): return o.a
for i in range(3): seta(s, i); print(geta(s))

# classmethod / staticmethod via instance
class K:
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return "sm"
k = K()
for i in range(2): print(k.cm(), k.sm(), k.cm.__name__, k.sm.__name__)

# A class attribute whose own class gains or loses __get__/__set__, or is swapped.
class Desc:
    def __get__(self, obj, owner): return "desc get"
class C:
    x = Desc()
c = C()
c.__dict__["x"] = "inst"
def get_x(o): return o.x
for i in range(2): print(get_x(c))
Desc.__set__ = lambda self, obj, v: None
print(get_x(c))
del Desc.__set__
print(get_x(c))
class V: pass
class E:
    y = V()
e = E()
def get_y(o): return type(o.y).__name__ if not isinstance(o.y, str) else o.y
for i in range(2): print(get_y(e))
V.__get__ = lambda self, obj, owner: "now a descriptor"
print(get_y(e))
class W:
    def __get__(self, obj, owner): return "W"
E.__dict__["y"].__class__ = W
print(get_y(e))
class F:
    z = Desc()
f = F()
def set_z(o): o.z = 1
set_z(f); set_z(f)
print(f.__dict__)
Desc.__set__ = lambda self, obj, v: print("Desc.__set__", v)
set_z(f)
