def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
fs = []
for i in range(3):
    def f(): return i
    fs.append(f)
print([f() for f in fs])
for i in range(2):
    pass
print(i)   # loop variable leaks
x = [j for j in range(3)]
try:
    print(j)
except NameError as e:
    print("comprehension var does not leak:", e)
