import asyncio
async def worker(i, results):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    results.append(i)
    return i * i
async def main():
    results = []
    values = await asyncio.gather(*(worker(i, results) for i in range(2000)))
    print(sum(values), results[:5], results[-5:], results == sorted(results))
asyncio.run(main())
