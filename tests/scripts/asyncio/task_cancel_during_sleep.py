# coil: virtual-time
import asyncio
async def worker(name, delay):
    print(name, "start")
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled during sleep")
        raise
    finally:
        print(name, "cleanup")
async def main():
    slow = asyncio.create_task(worker("slow", 0.5))
    fast = asyncio.create_task(worker("fast", 0.02))
    await asyncio.sleep(0.05)
    slow.cancel()
    results = await asyncio.gather(slow, fast, return_exceptions=True)
    print([type(r).__name__ for r in results])
asyncio.run(main())
