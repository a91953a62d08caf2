class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterFails:
    def __enter__(self): raise KeyError("enter")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("body not run")
except KeyError as e:
    print("enter failed", e)
class Tracker:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None, tb is not None if et else None)
        return False
for exc in (None, StopIteration):
    try:
        with Tracker():
            if exc: raise exc
    except StopIteration:
        print("propagated")
