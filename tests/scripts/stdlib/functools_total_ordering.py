# total_ordering fills in the comparison methods from __eq__ and one ordering method.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= c, a > b, a >= c, b >= a, a != b, a == c)
print(sorted([Version("2.0"), b, a, Version("0.9")]))
print(max(a, b), min(a, b))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


s1, s2 = Score(1), Score(2)
print(s1 < s2, s1 <= s2, s2 >= s1, s1 >= s1, s2 < s1)
print(Score.__lt__.__name__, Score.__ge__.__name__)

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
