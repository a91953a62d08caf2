class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else "clean")
        return exc_type is KeyError
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("swallowed")
try:
    with Resource("r3"):
        raise ValueError("kept")
except ValueError as e:
    print("outside", e)
class Nested:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
n = Nested()
with n as a:
    with n as b:
        print(a, b, n.depth)
print(n.depth)
