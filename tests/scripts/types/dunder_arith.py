class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - o)
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * o)
    def __rmul__(self, o): return N(o * self.v * 1000)
    def __truediv__(self, o): return N(self.v / o)
    def __rtruediv__(self, o): return N(o / self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __mod__(self, o): return N(self.v % o)
    def __rmod__(self, o): return N(o % self.v)
    def __pow__(self, o, m=None): return N(pow(self.v, o, m))
    def __rpow__(self, o): return N(o ** self.v)
    def __matmul__(self, o): return N(("matmul", self.v, o))
    def __rmatmul__(self, o): return N(("rmatmul", o, self.v))
    def __and__(self, o): return N(self.v & o)
    def __rand__(self, o): return N(o & self.v)
    def __or__(self, o): return N(self.v | o)
    def __ror__(self, o): return N(o | self.v)
    def __xor__(self, o): return N(self.v ^ o)
    def __rxor__(self, o): return N(o ^ self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __rlshift__(self, o): return N(o << self.v)
    def __rshift__(self, o): return N(self.v >> o)
    def __rrshift__(self, o): return N(o >> self.v)
    def __divmod__(self, o): return (N(self.v // o), N(self.v % o))
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 10)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
n = N(6)
print(n + 1, 1 + n, n + N(2), n - 1, 10 - n, n * 2, 2 * n)
print(n / 4, 3 / n, n // 4, 20 // n, n % 4, 20 % n, n ** 2, 2 ** n, pow(n, 2, 5))
print(n @ 1, 1 @ n, n & 3, 3 & n, n | 1, 1 | n, n ^ 5, 5 ^ n)
print(n << 1, 1 << n, n >> 1, 256 >> n, divmod(n, 4), divmod(4, n))
print(-n, +n, abs(N(-3)), ~n)
class Only: pass
try:
    Only() + 1
except TypeError as e:
    print(e)
try:
    1 - Only()
except TypeError as e:
    print(e)
try:
    -Only()
except TypeError as e:
    print(e)
