# coil: virtual-time
import asyncio
log = []
async def producer(q):
    for i in range(5):
        log.append(f"put {i} start")
        await q.put(i)
        log.append(f"put {i} done")
    await q.put(None)
async def consumer(q):
    while True:
        await asyncio.sleep(0.01)
        item = await q.get()
        if item is None:
            break
        log.append(f"got {item}")
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("\n".join(log))
asyncio.run(main())
