# itertools' infinite and terminating iterators in typical loops.
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse,
                       islice, pairwise, repeat, starmap, takewhile, tee, zip_longest)
import operator

for i, name in zip(count(1), ["a", "b", "c"]):
    print(i, name)
print(list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 3)))
print(count(), count(5), count(1, 2), repeat("x", 2), repeat(None))
print(list(islice(cycle("AB"), 5)), list(repeat(0, 4)), list(repeat(1, -1)))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=0)))
print(list(chain("ab", (1, 2), [None])), list(chain.from_iterable([[1], [2, 3], []])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(operator.mul, [(2, 3), (4, 5)])), list(starmap(max, [[1, 5, 2]])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("a")), list(pairwise([])))

it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2, 4)), next(it))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", 1, 6, 2)))
it = iter(range(10))
print(list(islice(it, 1, 7, 3)), next(it))
left, right = tee([1, 2, 3])
print(next(left), next(left), list(right), list(left))
copies = tee(iter("xyz"), 3)
print([list(c) for c in copies], tee([1], 0))

for bad in (lambda: islice([], -1), lambda: islice([], 0, 1, 0), lambda: islice([], "a"),
            lambda: islice([], 1, -1), lambda: count("a"), lambda: zip_longest(5),
            lambda: chain.from_iterable(5), lambda: tee([], -1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    next(chain([1], 5, [2]))
    list(chain([1], 5))
except TypeError as e:
    print("TypeError:", e)
