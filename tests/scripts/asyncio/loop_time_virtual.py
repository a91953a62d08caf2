# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.2)
    elapsed = loop.time() - t0
    print(0.2 <= elapsed < 0.35)
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.15))
    elapsed = loop.time() - t0
    print(0.35 <= elapsed < 0.5)
asyncio.run(main())
