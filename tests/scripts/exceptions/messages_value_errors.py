def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: int("abc"))
check(lambda: int(""))
check(lambda: int("12a", 16))
check(lambda: int("9", 8))
check(lambda: int("1.0"))
check(lambda: float("x1"))
check(lambda: [].index(1))
check(lambda: "abc".index("z"))
check(lambda: list.remove([], 0))
check(lambda: chr(-1))
check(lambda: chr(0x110000))
check(lambda: ord("ab"))
check(lambda: ord(""))
check(lambda: range(0, 1, 0))
check(lambda: "{}".format())
check(lambda: max([]))
check(lambda: min([], key=len))
check(lambda: [1, 2, 3][::0])
check(lambda: "a b".split(""))
check(lambda: bytes.fromhex("g"))
check(lambda: "x".encode("no-such-codec"))
def unpack_few():
    a, b, c = [1, 2]
def unpack_many():
    a, b = [1, 2, 3]
def unpack_star():
    a, b, *c = [1]
def unpack_int():
    a, b = 5
check(unpack_few)
check(unpack_many)
check(unpack_star)
check(unpack_int)
def unpack_many_gen():
    a, b = (x for x in range(5))
check(unpack_many_gen)
