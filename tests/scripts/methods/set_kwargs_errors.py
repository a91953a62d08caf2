# Set methods called directly reject keyword arguments with CPython's messages, which name
# them set.X / frozenset.X. (Through getattr, CPython's bound-method call says just X().)
s, f = {1}, frozenset([1])
for call in ("s.update(a=1)", "s.intersection(a=1)", "f.intersection(a=1)", "s.union(a=1)",
             "f.union(a=1)", "s.difference(a=1)", "f.difference(a=1)",
             "s.intersection_update(a=1)", "s.difference_update(a=1)",
             "s.symmetric_difference(a=1)", "f.symmetric_difference(a=1)",
             "s.issubset(a=1)", "f.isdisjoint(a=1)", "s.add(a=1)", "s.discard(a=1)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
class S(set): pass
try:
    S().union(a=1)
except TypeError as e:
    print(e)
