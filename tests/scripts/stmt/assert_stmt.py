assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("no msg:", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("msg:", e)
try:
    x = 5
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print(e.args)
