# random with a fixed seed gives the same numbers as CPython: roll two dice a few times.
import random

random.seed(2024)
rolls = [(random.randint(1, 6), random.randint(1, 6)) for _ in range(5)]
for a, b in rolls:
    print(a, "+", b, "=", a + b)
print("shuffled:", random.sample(range(10), 10))
