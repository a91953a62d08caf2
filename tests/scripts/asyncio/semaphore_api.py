import asyncio
async def main():
    s = asyncio.Semaphore()
    print(s.locked())
    print(await s.acquire(), s.locked())
    s.release()
    s.release()
    print("plain Semaphore can be released beyond its initial value:", s.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", z.locked())
    async def rel():
        await asyncio.sleep(0.01)
        z.release()
    asyncio.create_task(rel())
    async with z:
        print("acquired after release")
asyncio.run(main())
