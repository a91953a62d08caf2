class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, n): return self.v + n
c = C(10)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(C.get(c), C.add(c, 5), c.add(1))
f = c.add
c.v = 100
print(f(1))
d = C(1)
print(c.get == c.get, c.get == d.get, c.get is c.get)
print(list(map(C(3).add, [1, 2])))
c.get = lambda: "instance attr shadows method"
print(c.get())
del c.get
print(c.get())
print([1, 2].append.__name__, "abc".upper(), str.upper("x"))
up = "hello".upper
print(up())
