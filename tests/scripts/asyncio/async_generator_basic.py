import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
    print("agen finished")
async def main():
    async for v in agen(3):
        print(v)
    g = agen(2)
    print(type(g).__name__, hasattr(g, "__anext__"))
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print([v async for v in agen(2)])
asyncio.run(main())
