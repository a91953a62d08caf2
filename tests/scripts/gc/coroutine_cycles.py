# coil: timeout=30
# coroutine objects that are created, driven by hand and dropped, some holding themselves
async def coro(box):
    return box[0] is not None
total = 0
for i in range(100000):
    box = [None]
    c = coro(box)
    box[0] = c
    try:
        c.send(None)
    except StopIteration as e:
        total += e.value
print(total)
