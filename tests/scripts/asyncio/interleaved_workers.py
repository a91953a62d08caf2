# coil: virtual-time
import asyncio
async def worker(name, delay, steps):
    for i in range(steps):
        await asyncio.sleep(delay)
        print(f"{name}: step {i}")
    return f"{name} done"
async def main():
    results = await asyncio.gather(worker("fast", 0.02, 3), worker("slow", 0.11, 1), worker("mid", 0.08, 2))
    print(results)
asyncio.run(main())
