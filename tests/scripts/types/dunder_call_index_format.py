class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0): return self.n + x + sum(rest) + k
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, k=10), callable(add5), callable(Adder))
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i = Idx(2)
print([10, 20, 30][i], "abcd"[Idx(1):Idx(3)], bin(i), hex(Idx(255)), range(Idx(3)))
print([0] * Idx(3), int.__index__(5), (1, 2, 3)[Idx(-1)])
class Money:
    def __init__(self, amount): self.amount = amount
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:.2f}"
        return format(self.amount, spec)
m = Money(3.14159)
print(f"{m:usd}", f"{m:.1f}", format(m, "usd"), "{:usd}".format(m), f"{m}")
class NoFormatSpec: pass
try:
    format(NoFormatSpec(), "d")
except TypeError as e:
    print(e)
try:
    [1, 2][Idx("x") if False else 1.0]
except TypeError as e:
    print(e)
