class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
try:
    with CM("outer", True), CM("inner"):
        raise TypeError("t")
    print("outer suppressed it")
except TypeError:
    print("not reached")
class Bad: pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
