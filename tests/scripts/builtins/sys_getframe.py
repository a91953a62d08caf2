# sys._getframe: f_globals, f_locals, f_code, f_lineno, f_back (what namedtuple/enum use).
import sys

x_global = "module level"


def who_called():
    caller = sys._getframe(1)
    return caller.f_globals["__name__"], caller.f_code.co_name


def outer():
    local_value = 42
    f = sys._getframe()
    print(f.f_code.co_name, f.f_locals["local_value"], f.f_globals is globals())
    print(who_called())
    back = f.f_back
    print(back.f_code.co_name, back.f_globals["x_global"])
    return inner(7)


def inner(arg):
    frame = sys._getframe(0)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    print(names)
    print(sys._getframe(1).f_code.co_name, sys._getframe(0).f_locals)
    here = sys._getframe().f_lineno
    return here


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
print(sys._getframe(0).f_globals["x_global"], sys._getframe().f_lineno)
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_filename == __file__)


class K:
    print("class body:", sys._getframe().f_code.co_name, sys._getframe().f_locals["__qualname__"])


for bad in (100, "x"):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(e)
print(sys._getframe(-1).f_code.co_name)
