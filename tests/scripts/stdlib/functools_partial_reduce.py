# functools.partial and reduce as used in everyday code.
import functools
import operator


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(5), cube(2), square(base=3))
print(square.func is power, square.args, square.keywords)
two_to = functools.partial(power, 2)
print([two_to(n) for n in range(6)])
print(functools.partial(pow, 2))
print(functools.partial(pow, 2, 5)(), repr(functools.partial(max, key=abs)))
nested = functools.partial(functools.partial(pow, 3), 2)
print(nested.func is pow, nested.args, nested())
int_from_bin = functools.partial(int, base=2)
print(int_from_bin("1011"), int_from_bin("11", base=10))
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.partial()
except TypeError as e:
    print("TypeError:", e)

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(functools.reduce(operator.add, [], 0), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

words = ["apple", "Banana", "cherry", "date"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))


def cmp_ci(a, b):
    a, b = a.lower(), b.lower()
    return (a > b) - (a < b)


print(sorted(words, key=functools.cmp_to_key(cmp_ci), reverse=True))
K = functools.cmp_to_key(cmp_ci)
print(K("a") < K("B"), K("b") == K("B"))
