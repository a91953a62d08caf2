class A:
    def greet(self): return ["A"]
    def __init__(self): self.log = ["A.init"]
class B(A):
    def greet(self): return ["B"] + super().greet()
    def __init__(self):
        super().__init__()
        self.log.append("B.init")
class C(A):
    def greet(self): return ["C"] + super().greet()
    def __init__(self):
        super().__init__()
        self.log.append("C.init")
class D(B, C):
    def greet(self): return ["D"] + super().greet()
    def __init__(self):
        super().__init__()
        self.log.append("D.init")
d = D()
print(d.greet(), d.log)
print(super(B, d).greet(), super(C, d).greet(), super(D, d).greet())
class E(D):
    def greet(self):
        return super(D, self).greet()   # skip D
print(E().greet())
class M:
    @classmethod
    def make(cls): return cls.__name__
class N(M):
    @classmethod
    def make(cls): return "N+" + super().make()
print(N.make(), N().make())
class P:
    def f(self):
        g = lambda: super(P, self).__class__.__name__
        return g()
print(P().f())
class Q(list):
    def append(self, v):
        super().append(v * 2)
q = Q(); q.append(5)
print(q)
