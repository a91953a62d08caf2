print(2 ** 200)
print(-(2 ** 200))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // 3 ** 20, f % 1000003)
a = 2 ** 100 + 12345
b = 3 ** 50
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(a // 7, a % 7, (-a) // 7, (-a) % 7)
print(pow(3, 1000, 10 ** 9 + 7), pow(a, 3, b))
print(a & b, a | b, a ^ b, ~a)
print(a >> 50, a << 70, (-a) >> 3)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1 + 1)
print(int("9" * 40) + 1)
print(10 ** 20 == 100000000000000000000, 2 ** 100 > 2 ** 99, -(10 ** 30) < 5)
print(hash(2 ** 64) == hash(2 ** 64), (2 ** 70) // (2 ** 69))
print(abs(-(2 ** 100)), divmod(-(10 ** 25), 7))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x * x)
