import asyncio
class Immediate:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
class ViaFuture:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, "from future")
        result = yield from fut
        return "wrapped " + result
class Delegating:
    def __await__(self):
        return asyncio.sleep(0, "slept").__await__()
async def main():
    print(await Immediate(42))
    print(await ViaFuture())
    print(await Delegating())
    print(await asyncio.gather(ViaFuture(), Immediate("x") if False else asyncio.sleep(0, "y")))
asyncio.run(main())
