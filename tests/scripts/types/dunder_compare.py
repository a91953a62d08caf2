class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) <= V(2))
print(V(3) > V(2), V(3) >= V(4))   # reflected __lt__ / __le__
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)]))
print(V(1) == 5, V(1) in [V(0), V(1)])
class NoEq: pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
class NE:
    def __ne__(self, o): return "custom ne"
print(NE() != 1, NE() == 1)
class Always:
    def __eq__(self, o): return True
print(Always() == 1, 1 == Always(), [Always()] == [2], Always() != 3)
class NI:
    def __lt__(self, o): return NotImplemented
try:
    NI() < NI()
except TypeError as e:
    print(e)
class Ord:
    def __init__(self, k): self.k = k
    def __gt__(self, o): return self.k > o.k
print(Ord(1) < Ord(2))
