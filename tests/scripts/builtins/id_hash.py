a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == hash(1), hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False))
print(hash(42), hash(-1) == -2, hash(2 ** 61 - 1), hash(2 ** 61), hash(-5), hash(0))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(1.5) == hash(1.5), hash(10 ** 20) == hash(10 ** 20))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
