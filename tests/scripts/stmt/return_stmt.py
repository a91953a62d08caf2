def none1(): return
def none2(): pass
def multi(): return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), multi(), early(1), early(0))
def loop_return():
    for i in range(10):
        while True:
            return i
print(loop_return())
def nested():
    def inner():
        return "inner"
    return inner()
print(nested())
