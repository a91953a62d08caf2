try:
    import math
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    raise MemoryError("fake")
except MemoryError as e:
    print(type(e).__name__, e)
try:
    "x" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
