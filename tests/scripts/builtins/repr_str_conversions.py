for v in [1, -2.5, "s", "it's", 'say "hi"', "both ' and \"", None, True, [1, "a"], (1,), {"k": [None]}, b"x", {1}, frozenset(), range(3), 1e100, "\n\t\\"]:
    print(repr(v), str(v))
print(str(), repr(""), str(b"a"), str(1.0), str(10 ** 20), str(-0.0))
print(int("42"), int("-7"), int("ff", 16), int("0xff", 16), int("777", 8), int("11", 2), int("z", 36), int("0b11", 0))
print(float("1.5"), float("-inf"), float(" 2 "), bool(""), bool("x"), bool([]), bool(0.0))
print(list("ab"), tuple([1]), dict([(1, 2)]), set([1, 1]), frozenset({2}), list({"a": 1}))
print(chr(65), ord("A"), chr(0x1F600), ord("€"), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(bytes(2), bytes("ab", "ascii"), bytes([1, 2]), bytes(b"x"), format(255, "x"), format(3.5, ".2f"))
