print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (3.75).as_integer_ratio(), (1e300).as_integer_ratio()[1], (0.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, (7.9).__int__(), (7.9).__trunc__(), (2.5).__round__())
print((-7.5).__floor__(), (-7.5).__ceil__(), (1.5).__round__(0))
