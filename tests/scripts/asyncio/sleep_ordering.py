# coil: virtual-time
import asyncio
async def worker(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(f"{name} woke after {d}")
async def main():
    await asyncio.gather(
        worker("A", [0.05, 0.05, 0.05]),
        worker("B", [0.02, 0.05, 0.05]),
        worker("C", [0.175]),
    )
    print("all done")
asyncio.run(main())
