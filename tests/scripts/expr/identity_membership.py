a = None
print(a is None, a is not None, type(a) is type(None))
x = [1, 2, 3]
y = x
print(x is y, x[:] is x, x[:] == x)
print(True is True, (1 == 1) is True)
class C:
    def __init__(self): self.items = [1, 2]
    def __contains__(self, v):
        print("contains called with", v)
        return v in self.items
c = C()
print(2 in c, 5 not in c)
class It:
    def __iter__(self): return iter([10, 20])
print(20 in It(), 30 in It())
class Get:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(20 in Get(), 25 in Get())
print("b" in {"a": 1, "b": 2}, 1 in {"a": 1}.values(), ("a", 1) in {"a": 1}.items())
