# anext(iterator, default) returns the default instead of raising StopAsyncIteration.
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = ticks(2)
    print(await anext(g, "done"), await anext(g, "done"), await anext(g, "done"))
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    c = Countdown(2)
    print([await anext(c, -1) for _ in range(4)])
    for bad in (lambda: anext(5), lambda: anext(5, 0), lambda: anext([], 0)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    first = await anext(aiter(ticks(5)), "empty")
    print("first", first)

    async def failing():
        raise ValueError("inner")
        yield

    try:
        await anext(failing(), "default")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
