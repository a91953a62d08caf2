def sub():
    got = yield "sub-first"
    print("sub got", got)
    try:
        yield "sub-second"
    except KeyError:
        print("sub handled KeyError")
    return "sub-result"
def main():
    r = yield from sub()
    print("main got", r)
    yield "main-end"
g = main()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
def gen_raises():
    yield 1
    raise ValueError("inside")
def wrapper():
    try:
        yield from gen_raises()
    except ValueError as e:
        yield "wrapped " + str(e)
print(list(wrapper()))
def stop_in_gen():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g2 = (x for x in range(3))
print(g2.send(None), next(g2))
g3 = main()
g3.close()
print("closed unstarted")
