class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __isub__(self, o): print("isub"); self.v -= o; return self
    def __imul__(self, o): print("imul"); self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("imatmul", self.v); return self
a = Acc(10); orig = a
a += 5; a -= 3; a *= 2
print(a, a is orig)
a //= 5; print(a)
a **= 3; print(a)
a %= 50; print(a)
a <<= 2; a >>= 1; print(a)
a |= 1; a &= 0b1111; a ^= 0b101; print(a)
a /= 4; print(a)
a @= None; print(a)
class AddOnly:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("fallback to __add__")
        return AddOnly(self.v + o)
b = AddOnly(1); ob = b
b += 1
print(b.v, b is ob)
class NotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "used __add__"
c = NotImpl()
c += 1
print(c)
