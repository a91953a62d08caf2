from helper_mod import *
print(VALUE, greet("star"), Thing(2).v)
print("_private" in dir(), "bump" in dir())
from helper_other import *
print(public, "_hidden" in dir())
