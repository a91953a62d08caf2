class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
class C:
    def __str__(self): return "C-str only"
a, b = A(), B()
print(a, str(a), repr(a), [a], f"{a}", f"{a!r}")
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b}")
print(str(C()), "%s" % b, "%r" % b, "{} {!r}".format(b, b))
class Bad:
    def __str__(self): return 42
try:
    str(Bad())
except TypeError as e:
    print(e)
class Sub(str):
    def __repr__(self): return "Sub(" + super().__repr__() + ")"
print(repr(Sub("x")), str(Sub("x")), Sub("x") + "y")
