print("before")
def f():
    raise ValueError("bad value")
f()
print("not reached")
