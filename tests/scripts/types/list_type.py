l = [3, 1, 2]
print(l, len(l), l[0], l[-1], type(l).__name__, list(), list("abc"), list(range(3)))
l.append(4); l.extend([5, 6]); l.insert(0, 0)
print(l, l.pop(), l.pop(0), l)
print([1, [2, [3, [4]]]], [[]] == [[]], [1, 2] != [2, 1])
nested = [1, 2]
nested.append(nested)
print(nested)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a + [5]
print(a, c)
print(sum([[1], [2]], []), [0] * 3, list(reversed([1, 2, 3])))
print(sorted([3, 1, 2], reverse=True), [x for x in [1, 2, 3] if x > 1])
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
