# Generators, comprehensions and big integers: the first primes, and a Mersenne number.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

gen = primes()
first = [next(gen) for _ in range(15)]
print("first primes:", first)
print("sum:", sum(first), "max:", max(first))
print("2**127 - 1 =", 2 ** 127 - 1)
