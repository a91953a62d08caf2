import asyncio
async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty())
    print([await q.get() for _ in range(3)], q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait(1)
    print(bq.full())
    try:
        bq.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
asyncio.run(main())
