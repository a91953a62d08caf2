import asyncio
async def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0)
        print("close (async cleanup in finally)")
async def main():
    async for v in (g := resource()):
        if v == 2:
            break
        print("value", v)
    print("loop exited; generator not yet closed")
    await g.aclose()
    print("after aclose")
    await g.aclose()
    print("second aclose is a no-op")
    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    bad = ignores_exit()
    await bad.asend(None)
    try:
        await bad.aclose()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
