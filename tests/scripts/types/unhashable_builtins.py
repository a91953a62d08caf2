# list, dict, set, bytearray have __hash__ None; hash() names the type.
for t in (list, dict, set, bytearray):
    print(t.__name__, t.__hash__, '__hash__' in t.__dict__, t.__dict__['__hash__'])
for t in (tuple, frozenset, str, int, bytes, object):
    print(t.__name__, t.__hash__ is None)
for v in ([], {}, set(), bytearray(b"x")):
    try:
        hash(v)
    except TypeError as e:
        print(e)


class L(list):
    pass


class HL(list):
    def __hash__(self):
        return 42


print(L.__hash__, HL.__hash__ is not None, hash(HL([1])))
try:
    hash(L())
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {set()}
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
