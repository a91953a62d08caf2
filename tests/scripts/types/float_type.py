print(float(), float(3), float("2.5"), float(" -inf "), float("NaN"), float("1e3"))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(1.0 == 1, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(int(1e10), int(-1e-10), float(2 ** 60))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    float("")
except ValueError as e:
    print(e)
print((3.7).__trunc__() if hasattr(3.7, "__trunc__") else 3)
print((-0.0).as_integer_ratio(), (0.1).as_integer_ratio())
