# copy.copy / copy.deepcopy: builtins, instances, __copy__/__deepcopy__, reductions, cycles.
import copy
from collections import namedtuple


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def __repr__(self):
        return f"P({self.x!r}, {self.items!r})"


p = P(1, [1, [2, 3]])
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, s.items is p.items, d.items is p.items, d.items[1] is p.items[1])
l = [1, [2], {'a': [3]}]
print(copy.copy(l), copy.deepcopy(l)[1] is l[1], copy.copy(l)[1] is l[1])
t = (1, [2])
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(t) == t)
frozen = (1, "a", None)
print(copy.deepcopy(frozen) is frozen)
r = [1]
r.append(r)
c = copy.deepcopy(r)
print(c[1] is c, c is r)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class C:
    def __copy__(self):
        return "copied"

    def __deepcopy__(self, memo):
        return "deep"


print(copy.copy(C()), copy.deepcopy(C()))


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


x = copy.deepcopy(S())
print(x.a, x.b)


class L(list):
    pass


y = L([1, 2])
y.tag = 't'
z = copy.copy(y)
print(type(z).__name__, z, z.tag)


class D(dict):
    pass


print(copy.deepcopy(D(a=[1])), type(copy.deepcopy(D(a=[1]))).__name__)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(3), copy.copy("s"), copy.copy(len) is len)
N = namedtuple('N', 'a b')
print(copy.copy(N(1, [2])), copy.deepcopy(N(1, [2])))
try:
    copy.copy((x for x in []))
except TypeError as e:
    print(e)


class St:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, st):
        self.v = st['v'] + 1


print(copy.copy(St()).v, copy.deepcopy(St()).v)
e = copy.copy(ValueError("boom"))
print(repr(e))
print(copy.deepcopy(P.__init__) is P.__init__, copy.copy(P) is P)
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(b, id(a) in memo, memo[id(a)] is b)
print(copy.Error.__mro__[1] is Exception)
