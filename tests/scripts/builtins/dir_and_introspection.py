class C:
    cls_attr = 1
    def method(self): pass
c = C()
c.inst = 2
names = dir(c)
print("cls_attr" in names, "method" in names, "inst" in names, "__init__" in names, names == sorted(names))
print([n for n in dir(C) if not n.startswith("__")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
import math
print("sqrt" in dir(math), "pi" in dir(math))
