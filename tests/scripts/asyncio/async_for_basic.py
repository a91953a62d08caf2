import asyncio
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i
async def main():
    async for t in Ticker(3):
        print("tick", t)
    async for t in Ticker(5):
        if t == 2:
            continue
        if t == 4:
            break
        print("loop", t)
    else:
        print("not printed")
    async for t in Ticker(0):
        print("never")
    else:
        print("else after empty async for")
    it = Ticker(2)
    print(await it.__anext__(), await anext(it), await anext(it, "default"))
    try:
        await anext(Ticker(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")
asyncio.run(main())
