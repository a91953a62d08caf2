print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, None == 0, 1 != "1")
a = [1]; b = [1]; c = a
print(a is b, a is c, a is not b, a == b)
print(1 in [1, 2], 3 not in [1, 2], "bc" in "abcd", 2 in {2: 0}, 5 in range(10))
print(not 1 == 2, not (1 < 2), (not 1) == 0)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(float("nan") in [float("nan")], (nan := float("nan")) in [nan])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
