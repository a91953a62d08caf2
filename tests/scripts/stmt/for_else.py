for x in [1, 2, 3]:
    pass
else:
    print("else after full loop", x)
for x in range(10):
    if x == 4:
        break
else:
    print("not printed")
print("broke at", x)
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for ch in "":
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner no break", i)
    print("outer", i, j)
