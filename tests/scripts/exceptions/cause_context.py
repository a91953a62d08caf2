def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError as v:
        raise TypeError("second") from v
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None
except TypeError as e:
    show(e)
try:
    raise KeyError("k") from ValueError("explicit cause, no context")
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
