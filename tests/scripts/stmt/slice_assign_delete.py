a = list(range(10))
a[2:5] = []
print(a)
a[1:1] = ["x", "y"]
print(a)
del a[0]
print(a)
del a[-2:]
print(a)
del a[::2]
print(a)
b = list(range(10))
b[::3] = [0, 0, 0, 0]
print(b)
try:
    b[::3] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b[::-1] = range(10)
print(b)
c = [1, 2, 3]
c[5:] = [4]
print(c)
del c[:]
print(c)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
