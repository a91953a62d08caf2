class Z:
    def __bool__(self):
        print("__bool__ called")
        return False
    def __len__(self):
        print("__len__ not used when __bool__ exists")
        return 1
z = Z()
print(not z)
if z:
    print("no")
else:
    print("falsy")
print(z or "fallback", (z and "no") is z)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), [x for x in (L(0), L(1)) if x].__len__())
while L(0):
    print("never")
print("all" if all([L(1), L(2)]) else "not all", any([L(0)]))
