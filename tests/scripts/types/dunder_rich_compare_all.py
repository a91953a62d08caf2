class R:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("__eq__"); return self.v == o.v
    def __ne__(self, o): print("__ne__"); return self.v != o.v
    def __lt__(self, o): print("__lt__"); return self.v < o.v
    def __le__(self, o): print("__le__"); return self.v <= o.v
    def __gt__(self, o): print("__gt__"); return self.v > o.v
    def __ge__(self, o): print("__ge__"); return self.v >= o.v
a, b = R(1), R(2)
print(a == b)
print(a != b)
print(a < b)
print(a <= b)
print(a > b)
print(a >= b)
print(a < b < R(3))
class Sub(R):
    def __lt__(self, o): print("Sub.__lt__"); return True
    def __gt__(self, o): print("Sub.__gt__"); return False
print(R(1) > Sub(0))    # reflected method of the subclass is tried first
print(R(1) < Sub(0))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __lt__(self, o): return 0
print(Weird() == 1, Weird() < 1)
print([1] if Weird() == 2 else [])
