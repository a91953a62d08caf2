class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(e)
class Logged:
    def __init__(self): self.__dict__["store"] = {}
    def __getattr__(self, n):
        return self.store.get(n, "missing:" + n)
    def __setattr__(self, n, v):
        print("set", n)
        self.store[n] = v
    def __delattr__(self, n):
        print("del", n)
        del self.store[n]
l = Logged()
l.x = 5
print(l.x, l.y)
del l.x
print(l.x)
class GA:
    def __getattribute__(self, n):
        if n == "secret":
            return "intercepted"
        return object.__getattribute__(self, n)
g = GA(); g.visible = 1
print(g.secret, g.visible)
