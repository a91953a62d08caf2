print(int(), int(3.99), int("12"), int("-0x10", 16), int(" 7 "), int(True))
print(isinstance(5, int), type(5) is int, int.__name__)
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print(str(12345678901234567890), repr(-42), 1_0 == 10)
class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
print(m, m.double(), type(m.double()).__name__, m + 1, isinstance(m, int))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int("1.5")
except ValueError as e:
    print(e)
print(int("  -0b11  ", 0) if False else int("-11", 2))
