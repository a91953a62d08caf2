print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, [1, 2] * 2, (0,) * 3, 2 * [None])
print([1] + [2, 3], (1,) + (2,), "a" + "b", b"a" + b"b")
m = [[0]] * 3
m[0].append(1)
print(m)
print(len([1] * 100), list(range(3)) * 2)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
print("abc" in "xabcx", "" in "abc", [1] in [[1]], (1, 2) in [(1, 2)])
