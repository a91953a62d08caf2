a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -1 >> 100, 1 << 100)
print(bin(a & b), hex(255 ^ 15), oct(8 | 1))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(5 & True, True | False, True ^ True, type(True & True).__name__)
print(0xFF00 & 0x0FF0, 0xFF00 ^ 0x0FF0)
