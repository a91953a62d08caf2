errors = (ValueError, TypeError)
for exc in (ValueError("v"), TypeError("t"), KeyError("k")):
    try:
        try:
            raise exc
        except errors as e:
            print("tuple variable caught", type(e).__name__)
    except KeyError as e:
        print("outer caught", repr(e))
def choose():
    print("evaluating except expression")
    return ValueError
try:
    raise ValueError
except choose():
    print("caught via computed class")
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
try:
    raise ZeroDivisionError
except ArithmeticError:
    print("first match wins")
except ZeroDivisionError:
    print("never")
