def check(f):
    try:
        f()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e)
class A:
    x = 1
check(lambda: (5).foo)
check(lambda: "s".nope)
check(lambda: [].push)
check(lambda: None.value)
check(lambda: A.y)
check(lambda: A().y)
check(lambda: undefined_name)
def uses_later():
    return later_defined
check(uses_later)
def local():
    print(z)
    z = 1
try:
    local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
check(lambda: int.nope)
check(lambda: (1.5).nope)
check(lambda: {}.x)
import math
check(lambda: math.nope)
class S:
    __slots__ = ()
def setattr_slot():
    S().q = 1
check(setattr_slot)
def setattr_int():
    (5).real = 3
check(setattr_int)
def del_missing():
    a = A()
    del a.nothing
check(del_missing)
