class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
print(B().who(), super(B, B()).who())
class P:
    def __init__(self): self._v = 1
    def getv(self): return self._v
    def setv(self, v): self._v = v * 2
    v = property(getv, setv, None, "v doc")
p = P(); p.v = 5
print(p.v, P.v.__doc__, P.v.fget is P.getv)
class S:
    def m(x): return x
    sm = staticmethod(m)
    cm = classmethod(lambda cls: cls.__name__)
print(S.sm(5), S().sm(6), S.cm(), S().cm())
print(type(super(B, B())).__name__)
