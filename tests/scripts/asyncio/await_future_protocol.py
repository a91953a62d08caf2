# `await future` driven by hand: what yields, what a second resume of a pending future does,
# throw()/close() into a coroutine suspended on a future, exceptions and cancellation.
import asyncio

loop = asyncio.new_event_loop()

async def wait_on(fut):
    try:
        r = await fut
        print("got", r)
        return r
    except BaseException as e:
        print("caught", type(e).__name__, e)
        raise
    finally:
        print("finally")

fut = loop.create_future()
c = wait_on(fut)
y = c.send(None)
print("yielded the future:", y is fut, fut._asyncio_future_blocking)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

fut = loop.create_future()
c = wait_on(fut)
c.send(None)
fut.set_result(42)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

fut = loop.create_future()
c = wait_on(fut)
c.send(None)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError out:", e)

fut = loop.create_future()
c = wait_on(fut)
c.send(None)
c.close()
print("closed", fut.done())

fut = loop.create_future()
fut.set_exception(KeyError("k"))
c = wait_on(fut)
try:
    c.send(None)
except KeyError as e:
    print("KeyError out:", e)

fut = loop.create_future()
fut.cancel("bye")
c = wait_on(fut)
try:
    c.send(None)
except asyncio.CancelledError as e:
    print("CancelledError out:", e)

# A finished future awaited twice, and the same pending future awaited by two coroutines.
async def twice(fut):
    a = await fut
    b = await fut
    return a + b

fut = loop.create_future()
fut.set_result(5)
c = twice(fut)
try:
    c.send(None)
except StopIteration as e:
    print("twice", e.value)

async def main():
    f = asyncio.get_running_loop().create_future()
    async def waiter(n):
        v = await f
        print("waiter", n, v)
        return v * n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    f.set_result(7)
    print(await asyncio.gather(*ts))
    t = asyncio.create_task(waiter(9))
    await asyncio.sleep(0)
    # awaiting a task is awaiting a future too
    g = asyncio.get_running_loop().create_future()
    async def on_task():
        return await t
    t2 = asyncio.create_task(on_task())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled; t still pending:", not t.done())
    print("await on task result:", await t)

loop.close()
asyncio.run(main())
