from helper_mod import VALUE, greet as hello, Thing
print(VALUE, hello("x"), Thing(1).v)
from helper_mod import counter, bump
bump(); bump()
print(counter)
import helper_mod
print(helper_mod.counter)
try:
    from helper_mod import nonexistent
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
