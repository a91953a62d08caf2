print(int(2.9), int(-2.9), int("  -12  "), int(True), float(1), float("  7.25 "), complex(1, 2) if False else "skip")
print(bool(), int(), float(), str(), list(), tuple(), dict(), set())
print(isinstance(int(), int), type(float()).__name__, int.__name__, float.__name__)
print(max(1, 2, key=lambda v: -v), min("abc", key=ord), abs(-7) == 7, pow(10, 2), divmod(7, 7))
