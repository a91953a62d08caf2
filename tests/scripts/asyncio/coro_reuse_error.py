import asyncio
async def work():
    return "result"
async def main():
    c = work()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    c2 = work()
    t = asyncio.ensure_future(c2)
    print(await t)
    try:
        await c2
    except RuntimeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
