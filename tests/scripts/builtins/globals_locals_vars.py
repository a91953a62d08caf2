x = 10
g = globals()
print(g["x"], "x" in g, g is globals(), "__name__" in g)
g["dynamic"] = "made via globals()"
print(dynamic)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class K:
    def __init__(self): self.p = 1; self.q = 2
print(vars(K()), sorted(k for k in vars(K) if not k.startswith("__")))
def h():
    loc = locals()
    y = 5
    return "y" in locals()
print(h())
try:
    vars(5)
except TypeError as e:
    print(e)
