# Module objects made from Python show no "(built-in)"; builtin modules do.
import sys
import types

M = type(sys)
m = M("foo")
print(m)
print(repr(M("bar", "docs")), M("bar", "docs").__doc__)
print(types.ModuleType("baz"))
print(sys, m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
m.__file__ = "/tmp/foo.py"
print(m)
del m.__file__
print(m)
m.x = 1
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.missing
except AttributeError as e:
    print(e)
