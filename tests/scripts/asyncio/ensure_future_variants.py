import asyncio
async def c():
    return "coro result"
class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaitable result"
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(c())
    print(type(t).__name__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    print(asyncio.ensure_future(t) is t)
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, await a)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)
    f.cancel()
asyncio.run(main())
