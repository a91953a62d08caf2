try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise ValueError("inst")
except ValueError as e:
    print("instance:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise TypeError("x") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        try:
            raise
        finally:
            print("finally during bare raise")
try:
    reraise()
except IndexError as e:
    print("got", e)
try:
    raise 42
except TypeError as e:
    print(e)
