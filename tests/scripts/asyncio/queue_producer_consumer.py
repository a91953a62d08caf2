# coil: virtual-time
import asyncio
async def producer(name, q, items, delay):
    for it in items:
        await asyncio.sleep(delay)
        await q.put(f"{name}:{it}")
        print(f"{name} produced {it}")
async def consumer(q, total):
    got = []
    for _ in range(total):
        got.append(await q.get())
        q.task_done()
    return got
async def main():
    q = asyncio.Queue(maxsize=3)
    c = asyncio.create_task(consumer(q, 6))
    await asyncio.gather(producer("p1", q, [1, 2, 3], 0.02), producer("p2", q, [1, 2, 3], 0.05))
    print(await c)
asyncio.run(main())
