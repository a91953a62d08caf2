r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), list(range(0)), list(range(-3)))
print(len(range(1, 10, 3)), len(range(10, 0, -3)), range(3)[1], range(3)[-1])
print(list(range(1, 10, 3)), list(range(10, 0, -3)), 9 in range(10), 10 in range(10))
print(range(0, 10, 2).index(4), range(0, 10, 2).count(3), range(5) == range(0, 5, 1))
print(range(0) == range(2, 2), r.start, r.stop, r.step, bool(range(0)))
print(range(2, 30, 3)[2:5], range(10)[::-1], list(range(10)[-3:]))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.stop == 10 ** 20)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
