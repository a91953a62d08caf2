# Queued task steps, wake-ups and done callbacks hold the only reference to their objects:
# collections between (and inside) callbacks must keep them alive.
import asyncio
import gc


async def leaf(i, fut):
    v = await fut
    gc.collect()
    return v * 2 + i


async def middle(i):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: gc.collect())
    loop.call_soon(fut.set_result, i)
    inner = asyncio.create_task(leaf(i, fut))
    out = []
    inner.add_done_callback(lambda t: out.append(t.result()))
    r = await inner
    await asyncio.sleep(0)
    return r + len(out)


async def cancelled(i):
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel(f"msg{i}" if i % 2 else None)
    del t
    gc.collect()
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(middle(i) for i in range(60)), *(cancelled(i) for i in range(20)))
    print(sum(results), len(results))
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(50)]
    got = []
    for i, f in enumerate(futs):
        f.add_done_callback(lambda f, i=i: got.append(i))
        f.add_done_callback(lambda f, i=i: got.append(-i))
    for f in futs:
        f.set_result(None)
    del futs, f
    gc.collect()
    await asyncio.sleep(0)
    print(len(got), sum(got), got[:6])


asyncio.run(main())
