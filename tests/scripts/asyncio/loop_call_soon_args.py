import asyncio
def cb(*args):
    print("cb", args)
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "two", [3])
    print(type(h).__name__, h.cancelled())
    loop.call_soon(print, "print as callback")
    try:
        loop.call_soon(cb, key=1)
    except TypeError:
        print("keyword arguments are rejected (use functools.partial)")
    await asyncio.sleep(0)
asyncio.run(main())
