print([chr(i) for i in range(65, 70)], [ord(c) for c in "az09"], chr(0), repr(chr(127)), chr(955))
print(hex(0), hex(1), hex(-1), hex(2 ** 64), oct(64), oct(-1), bin(1), bin(-1), bin(2 ** 10))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    chr(1114112)
except ValueError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
