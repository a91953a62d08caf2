x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x          # class scope is not visible in methods
    z = [x for _ in range(1)]   # comprehension does not see class scope
print(C.y, C().m(), C.z)
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    items = list(range(3))
    total = sum(items)
print(D.total)
def make():
    v = "enclosing"
    class K:
        w = v
        def get(self): return v
    return K
K = make()
print(K.w, K().get())
class E:
    n = 0
    for i in range(3):
        n += i
    del i
print(E.n, hasattr(E, "i"))
