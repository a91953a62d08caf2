x = 1 + \
    2 + \
    3
print(x)
if x == 6 and \
   x > 0:
    print("joined condition")
s = "abc" \
    "def"
print(s)
y = [1, 2,
     3] + \
    [4]
print(y)
assert x == \
    6, "msg"
print("done")
