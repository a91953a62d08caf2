import asyncio
async def main():
    lq = asyncio.LifoQueue()
    for i in range(5):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(5)])
    lq2 = asyncio.LifoQueue(maxsize=2)
    await lq2.put("a"); await lq2.put("b")
    print(lq2.full(), lq2.get_nowait(), lq2.get_nowait(), lq2.empty())
asyncio.run(main())
