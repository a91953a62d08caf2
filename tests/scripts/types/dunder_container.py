class Bag:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("delitem", k)
        del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __bool__(self): return bool(self.d)
b = Bag()
print(bool(b), len(b))
b["x"] = 1; b["y"] = 2
print(b["x"], len(b), "y" in b, "z" in b, list(b))
del b["x"]
print(len(b), bool(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError", e)
b["y"] += 10
print(b.d)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), "truthy" if LenOnly() else "falsy")
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BoolWrong:
    def __bool__(self): return 1
try:
    bool(BoolWrong())
except TypeError as e:
    print(e)
