it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
items = ["a", "b", "STOP", "c"]
pos = 0
def reader():
    global pos
    v = items[pos]
    pos += 1
    return v
print(list(iter(reader, "STOP")))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 4)))
s = iter("xy")
print(list(s), list(s))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(5, 1)
except TypeError as e:
    print(e)
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
