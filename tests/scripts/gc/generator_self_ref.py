# coil: timeout=30
# generators that hold a reference to themselves through a list in their frame
def gen(box):
    yield box[0] is not None
    yield 1
total = 0
for i in range(100000):
    box = [None]
    g = gen(box)
    box[0] = g
    if next(g):
        total += next(g)
print(total)
