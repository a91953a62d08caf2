# coil: virtual-time
import asyncio
async def leaf(v):
    await asyncio.sleep(0.01 * v)
    return v
async def branch(vs):
    return await asyncio.gather(*(leaf(v) for v in vs))
async def main():
    print(await asyncio.gather(branch([3, 1]), branch([2]), branch([])))
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = asyncio.gather(inner, leaf(3))
    print(await outer)
asyncio.run(main())
