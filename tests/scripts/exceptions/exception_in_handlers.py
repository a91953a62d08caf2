def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError("in try")
    finally:
        print("finally runs while exception propagates")
try:
    g()
except ValueError as e:
    print("caught", e)
def h():
    try:
        raise ValueError
    except ValueError as e:
        err = e
    return err
print(repr(h()))
def nested_handlers():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise ValueError("inner")
        except ValueError as v:
            print("inner context:", repr(v.__context__))
        import sys
        print("still handling:", repr(sys.exc_info()[1]))
nested_handlers()
