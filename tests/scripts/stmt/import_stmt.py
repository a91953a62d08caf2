import math
import sys as system
from math import sqrt, floor as fl
from math import (pi,
                  e)
print(math.sqrt(16), system.version_info[0], sqrt(9), fl(2.7))
print(round(pi, 3), round(e, 3))
def local_import():
    import json
    return json.dumps([1])
print(local_import())
print("json" in dir())
import math, sys
print(math is __import__("math"))
try:
    import no_such_module_xyz
except ModuleNotFoundError as err:
    print(type(err).__name__, str(err).split(" (")[0])
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__, str(err).split(" (")[0])
