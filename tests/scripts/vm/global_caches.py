# Inline caches of global, builtin, name and module-attribute sites: rebinding, deleting,
# shadowing and exec() with other globals must be seen by a site that ran before.
import builtins
def use_len(x): return len(x)
for i in range(3): print(use_len([1, 2]))
len = lambda x: "global len"
print(use_len([1]))
del len
print(use_len([1]))
builtins.len = lambda x: "patched builtin"
print(use_len([1]))
import sys
del builtins.len
try:
    print(use_len([1]))
except NameError as e:
    print("NameError", e)
import builtins as b2
def _restore():
    pass

g = 1
def get_g(): return g
for i in range(2): print(get_g())
g = 2
print(get_g())
globals()["g"] = 3
print(get_g())
del g
try: print(get_g())
except NameError as e: print("NameError", e)
g = 4
print(get_g())
# many globals added -> resize moves indices
for i in range(100): globals()["v%d" % i] = i
print(get_g())

# exec with different globals sharing a code object
code = compile("def f(): return q\n", "<s>", "exec")
ns1 = {"q": 1}; ns2 = {"q": 2}
exec(code, ns1); exec(code, ns2)
for i in range(2): print(ns1["f"](), ns2["f"]())
ns2["q"] = 5
print(ns1["f"](), ns2["f"]())

# module attribute caching
import math
def m_sqrt(): return math.sqrt(16)
def m_pi(): return math.pi
for i in range(2): print(m_sqrt(), m_pi())
math.pi = 3
math.sqrt = lambda x: "patched"
print(m_sqrt(), m_pi())
del math.pi
try: print(m_pi())
except AttributeError as e: print("AE", e)

# class body LOAD_NAME
x = "global x"
class Q:
    print(x)
    x = "class x"
    print(x)
    del x
    print(x)
