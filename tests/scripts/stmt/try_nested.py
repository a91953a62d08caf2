def f():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        try:
            raise KeyError("during handling")
        except KeyError as k:
            print("nested handler", repr(k), repr(k.__context__))
    finally:
        print("outer finally")
f()
def g():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        import sys
        return sys.exc_info()[0].__name__
print(g())
import sys
print(sys.exc_info())
