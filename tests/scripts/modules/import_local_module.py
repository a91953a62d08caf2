import helper_mod
print(helper_mod.VALUE, helper_mod.greet("coil"), helper_mod.Thing(3).v, helper_mod.__name__)
import helper_mod as again
print(again is helper_mod, "imported once")
print(helper_mod.bump(), helper_mod.bump())
import helper_other
print(helper_other.use(), helper_mod.counter, helper_other.NAME)
import sys
print("helper_mod" in sys.modules)
