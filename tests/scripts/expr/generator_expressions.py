gen = (i * i for i in range(5) if i != 2)
print(type(gen).__name__)
print(list(gen), list(gen))
print(sum(i for i in range(10)), any(i > 8 for i in range(10)), all(i < 5 for i in range(3)))
pairs = ((a, b) for a in range(3) for b in "xy")
print(next(pairs), next(pairs), list(pairs))
def first_evaluated():
    print("iterable evaluated once")
    return [1, 2]
g = (x for x in first_evaluated())
print("before iteration")
print(list(g))
print(",".join(str(c) for c in range(4)))
print(list(zip((x for x in "ab"), (y for y in range(5)))))
