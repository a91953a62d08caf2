def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
m = map(lambda x: x * 2, noisy(3))
print("map created")
print(next(m))
f = filter(lambda x: x > 0, noisy(3))
print("filter created")
print(list(f))
z = zip(noisy(2), noisy(5))
print(list(z))
e = enumerate(noisy(2))
print(next(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
