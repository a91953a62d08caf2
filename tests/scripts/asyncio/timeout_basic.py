# coil: virtual-time
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print("expired?", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "expired:", cm.expired())
    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
    print("finished in time; expired:", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("no deadline:", cm3.when())
asyncio.run(main())
