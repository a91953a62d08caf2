# coil: virtual-time
import asyncio
async def ok(v, d):
    await asyncio.sleep(d)
    return v
async def bad(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)
async def main():
    res = await asyncio.gather(ok(1, 0.03), bad("x", 0.01), ok(3, 0.02), bad("y", 0.04), return_exceptions=True)
    print([repr(r) for r in res])
    c = asyncio.create_task(asyncio.sleep(1))
    async def cancel_soon():
        await asyncio.sleep(0.01)
        c.cancel()
        return "canceller"
    res = await asyncio.gather(c, cancel_soon(), return_exceptions=True)
    print([type(r).__name__ for r in res])
asyncio.run(main())
