# IntEnum, StrEnum, Flag and IntFlag: the int/str-like members and flag arithmetic.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM}")
print(Priority.HIGH > Priority.LOW, Priority.LOW == 1, Priority.HIGH + 1, Priority(2))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))
print(isinstance(Priority.LOW, int), [1, 2, 3][Priority.LOW], int(Priority.HIGH))
print({1: "one"}[Priority.LOW], Priority.HIGH.name, Priority.HIGH.value)


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


code = 404
print(Http(code), Http(code).name, code == Http.NOT_FOUND)


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom"


print(Method.GET, repr(Method.POST), Method.GET == "get", Method.CUSTOM.upper(), f"{Method.POST}")
print(list(Method), Method("post"))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.W in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(list(rw), len(rw), ~Perm.R, repr(Perm(0)), Perm(0), Perm(7))
print(rw & Perm.W, rw ^ Perm.R, Perm(6) is rw)
try:
    Perm(9)
except ValueError as e:
    print("ValueError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, Color.RED | Color.GREEN | Color.BLUE, Color.BLUE.value)


class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()


mode = Open.READ | Open.WRITE
print(mode, repr(mode), mode == 3, mode & 1, Open.APPEND.value, repr(~Open.READ))
print(isinstance(mode, int), Open(3) is mode, Open.READ in mode)


class Mixed(str, Enum):
    A = "a"


print(str(Mixed.A), repr(Mixed.A), Mixed.A == "a", f"{Mixed.A}")
