# coil: virtual-time
import asyncio
async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.gather(child("fast", 0.01), child("slow1", 0.2), child("slow2", 0.3))
    except TimeoutError:
        print("timeout around gather")
asyncio.run(main())
