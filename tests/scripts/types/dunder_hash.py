class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, {P(0, 0): "origin"}[P(0, 0)])
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p})
class H:
    def __hash__(self): return 7
print(hash(H()), hash(7) == 7, hash(-1) == hash(-2))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(e)
