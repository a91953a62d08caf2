# asynccontextmanager and AsyncExitStack with asyncio.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, aclosing, nullcontext


@asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0)
        print("disconnect", name)


@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with connection("a") as c:
        print("using", c)
    try:
        async with connection("b"):
            raise RuntimeError("fail")
    except RuntimeError as e:
        print("caught", e)
    async with swallow():
        raise ValueError("v")
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "xy"]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("conns", conns)
    async with aclosing(numbers()) as gen:
        async for n in gen:
            if n == 2:
                break
            print("n", n)
    async with nullcontext(5) as v:
        print("null", v)

    @connection("deco")
    async def decorated():
        print("in decorated")
    await decorated()


asyncio.run(main())
