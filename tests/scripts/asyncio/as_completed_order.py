# coil: virtual-time
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    coros = [job("slow", 0.06), job("fast", 0.01), job("mid", 0.03)]
    for fut in asyncio.as_completed(coros):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("never", 1), job("quick", 0.01)], timeout=0.05):
            print(await fut)
    except TimeoutError:
        print("as_completed timed out")
    print(list(asyncio.as_completed([])))
asyncio.run(main())
