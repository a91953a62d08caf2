print(-0 == 0, 0 * -1, -(0), int("-0"), int("+5"), int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("1_000"))
print(int("ff", 16), int("z", 36), int("-101", 2), int("  12  "), int("10", 8))
print(round(123.456, -1), round(-123.456, 1), round(5), round(5, -1), round(15, -1), round(25, -1))
print(abs(-3.5), abs(True), divmod(5.5, 1.5), 5.5 // 1.5, 5.5 % 1.5)
print(1e300 * 10, -1e300 * 1e10, 1e-320 / 1e10)
print(float("inf") > 10 ** 400, 10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
