import types
@types.coroutine
def suspend(value):
    received = yield value
    return received
async def worker():
    a = await suspend("first")
    print("worker got", a)
    b = await suspend("second")
    print("worker got", b)
    return a + b
c = worker()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("returned", e.value)
c2 = worker()
c2.send(None)
try:
    c2.throw(ValueError("injected"))
except ValueError as e:
    print("propagated", e)
