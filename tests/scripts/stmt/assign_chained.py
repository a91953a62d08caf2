a = b = c = [1]
print(a is b, b is c)
a.append(2)
print(c)
x = y = 5
x += 1
print(x, y)
i = lst = 0
lst = [0, 0, 0]
i = lst[i] = 2   # left to right: i = 2 first, then lst[2] = 2
print(i, lst)
