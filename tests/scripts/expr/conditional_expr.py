for n in range(-1, 2):
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = 5
print(x if x > 3 else -x, (lambda: "a" if x else "b")())
print([i if i % 2 else -i for i in range(5)])
print(1 if [] else 2, "t" if "f" else "f")
def side(v):
    print("side", v)
    return v
print(side("yes") if True else side("no"))
