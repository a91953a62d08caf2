# 100,000 tasks, each yielding to the loop twice, gathered.
import asyncio
N = 100_000
async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i & 0xFF
async def main():
    results = await asyncio.gather(*(worker(i) for i in range(N)))
    print("checksum", len(results), sum(results))
asyncio.run(main())
