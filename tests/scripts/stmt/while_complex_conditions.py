data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print("found 9 at", i)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
while (line := "x" * steps)[:3] != "xxx":
    steps += 1
print(line[:5])
