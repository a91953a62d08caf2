a = 1
b = [1, 2, 3, 4]
c = {"x": 1, "y": 2}
class O: pass
o = O(); o.attr = 5
del a, b[0], c["x"], o.attr
print(b, c, hasattr(o, "attr"))
try:
    print(a)
except NameError as e:
    print(e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(f())
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
