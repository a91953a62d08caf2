import helper_mod
print(__name__, helper_mod.__name__)
import math, json
print(math.__name__, json.__name__, type(math).__name__)
import sys
print(sys.__name__, __name__ == "__main__")
