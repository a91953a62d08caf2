print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e20), round(7, -1))
print(round(2.675, 2), round(1.005, 2), round(12345, -2), round(-12350, -2), round(0.5 + 1e-16), round(5.5), round(6.5))
print(round(1.23456789, 4), type(round(3)).__name__, type(round(3.2)).__name__, round(3.7, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(7, 2, 5), pow(-7, 2, 5), pow(3, -1, 11), pow(2, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
print(round(float("inf"), 2), round(-0.4), round(0.49999999999999994))
