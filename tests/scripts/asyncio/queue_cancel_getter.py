import asyncio
async def main():
    q = asyncio.Queue()
    async def get(name):
        return name, await q.get()
    t1 = asyncio.create_task(get("t1"))
    t2 = asyncio.create_task(get("t2"))
    await asyncio.sleep(0)
    t1.cancel()
    q.put_nowait("item")
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print([x if isinstance(x, tuple) else type(x).__name__ for x in r], q.qsize())
asyncio.run(main())
