# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.03):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    async with asyncio.timeout(0.02) as cm:
        cm.reschedule(loop.time() + 0.2)
        await asyncio.sleep(0.05)
        print("survived thanks to reschedule")
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline set later expired")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline expires at the first await")
asyncio.run(main())
