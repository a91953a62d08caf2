def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                print("caught inside", e)
                yield "recovered"
    finally:
        print("closing, received", received)
g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def unstarted():
    yield 1
u = unstarted()
try:
    u.send("x")
except TypeError as e:
    print(e)
def throw_unhandled():
    yield 1
t = throw_unhandled()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignore_exit(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
def ret_val():
    x = yield
    return x * 2
r = ret_val(); next(r)
try:
    r.send(21)
except StopIteration as e:
    print("return value", e.value, e.args)
