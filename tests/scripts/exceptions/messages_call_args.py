def check(f):
    try:
        f()
    except TypeError as e:
        print(e)
def two(a, b): pass
def opt(a, b=1): pass
def kwo(*, k): pass
def star(a, *args): pass
def none(): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
check(lambda: two(1, 2, 3))
check(lambda: two(1))
check(lambda: two())
check(lambda: two(1, 2, c=3))
check(lambda: two(1, a=1))
check(lambda: opt())
check(lambda: opt(1, 2, 3))
check(lambda: kwo())
check(lambda: kwo(1))
check(lambda: star())
check(lambda: none(1))
check(lambda: none(x=1))
check(lambda: C().m())
check(lambda: C().m(1, 2))
check(lambda: C.m(1))
check(lambda: C.s())
check(lambda: C.c(1, 2))
check(lambda: C(1))
check(lambda: len())
check(lambda: len(1, 2))
check(lambda: (lambda x: x)())
check(lambda: int("1", 2, 3))
check(lambda: two(*[1], **{"b": 2, "z": 3}))
def three(a, b, c): pass
check(lambda: three(1))
check(lambda: three())
