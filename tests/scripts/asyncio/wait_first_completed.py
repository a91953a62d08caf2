# coil: virtual-time
import asyncio
async def job(d):
    await asyncio.sleep(d)
    return d
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.05, 0.01, 0.1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    print(type(done).__name__, [t.result() for t in done])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending)
    print("done:", names(done), "pending:", names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
asyncio.run(main())
