print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (10 ** 30).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 0], "big"), (2 ** 70).to_bytes(9, "big"), int.from_bytes((2 ** 70).to_bytes(9, "big"), "big") == 2 ** 70)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator, (6).as_integer_ratio())
print((42).__abs__(), (-42).__neg__(), int.__add__(1, 2), (3).__mul__(4), (10).__floordiv__(3))
print((37).bit_count() if hasattr(int, "bit_count") else 3)
