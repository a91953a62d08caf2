l = [5, 3, 1]
l.append(7); print(l)
l.extend(range(2)); l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before-last"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(1), l.index(0, 2), l.count(1), [1, 1, 2, 1].count(1))
l2 = l.copy(); l2.append("copy only"); print(l, l2)
l.reverse(); print(l)
l.clear(); print(l)
try:
    [1, 2].index(1, 1)
except ValueError as e:
    print(e)
try:
    [].pop(3)
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
nums = [3, 1, 2]
print(nums.sort(), nums)
x = [1, 2, 3]; x[1:2] = x; print(x)
