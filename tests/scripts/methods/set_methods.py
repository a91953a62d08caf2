s = {1, 2, 3}
s.add(4); s.add(2); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(4); print(s)
try:
    s.remove(4)
except KeyError as e:
    print("KeyError", e)
p = {5, 6, 7}
print(p.pop(), p)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a.union(b), a.union([7], (8,)), a.intersection(b), a.intersection(b, {4}))
print(a.difference(b), b.difference(a), a.symmetric_difference(b))
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({9}), {1}.issubset([1, 2]))
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a > {1})
c = set(a); c |= {10}; c &= {1, 10}; print(c)
c -= {1}; c ^= {11}; print(c)
c.update([20], range(2)); print(c)
c.intersection_update({0, 20, 99}); print(c)
c.difference_update({0}); print(c)
c.symmetric_difference_update({20, 30}); print(c)
print(c.copy(), set().copy(), len({i % 5 for i in range(100)}))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
c.clear(); print(c)
