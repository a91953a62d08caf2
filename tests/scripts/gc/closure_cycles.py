# coil: timeout=30
total = 0
for i in range(200000):
    def f():
        return f, i
    total += f()[1] % 7
print(total)
