print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1.5, 2, -3]))
print(min([], default="empty"), max([], default=None), max([1, 2], default=0))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len), max([-5, 3], key=abs))
print(max([(1, "b"), (1, "a")]), min({3: "x", 1: "y"}), max(range(10)), min(x * x for x in range(-3, 3)))
print(max([1, 3, 3], key=lambda x: x), max(["a", "B"], key=str.lower), min([2, 1, 1.0]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum((1.5, 2)))
print(sum([1, 2], start=100), sum(x for x in range(4)), sum([True, True, False]))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a"]), lambda: min(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
