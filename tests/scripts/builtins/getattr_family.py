class O:
    a = 1
o = O()
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
setattr(O, "c", 3)
print(o.c, getattr(O, "c"), getattr(5, "real"), getattr("s", "upper")())
class Prop:
    @property
    def boom(self): raise ValueError("not AttributeError")
try:
    hasattr(Prop(), "boom")
except ValueError as e:
    print("hasattr propagates", e)
