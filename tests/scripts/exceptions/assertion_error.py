def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x
print(check(1))
try:
    check("s")
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), str(e) == "")
try:
    raise AssertionError("direct", 2)
except AssertionError as e:
    print(e)
