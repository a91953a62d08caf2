x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 2; print(x)
x //= 4; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0b1010; print(x)
x &= 0b1100; print(x)
x ^= 0b0110; print(x)
f = 7.0
f /= 2; print(f)
f **= 2; print(f)
f //= 3; print(f)
f %= 4; print(f)
s = "ab"; s += "cd"; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; l *= 2; print(l, l is l2)
t = (1,); t2 = t; t += (2,); print(t, t is t2)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * 10 + o.v)
m = M(1); m @= M(2); print(m.v)
d = {"k": 1}; d["k"] += 5; print(d)
class O: pass
o = O(); o.a = 1; o.a += 41; print(o.a)
