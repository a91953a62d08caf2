eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("value group:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("type group:", [str(e) for e in g.exceptions])
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(e)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
try:
    raise nested
except* ValueError as g:
    print(repr(g))
except* TypeError as g:
    print(repr(g))
try:
    try:
        raise ExceptionGroup("eg", [KeyError("k"), IndexError("i")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as left:
    print("left over:", repr(left))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
