# coil: virtual-time
import asyncio
async def main():
    sem = asyncio.Semaphore(1)
    got = []
    async def w(name):
        async with sem:
            got.append(name)
            await asyncio.sleep(0.01)
    await sem.acquire()
    ts = {n: asyncio.create_task(w(n)) for n in ("x", "y", "z")}
    await asyncio.sleep(0)
    ts["x"].cancel()
    sem.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(got, ts["x"].cancelled())
asyncio.run(main())
