# coil: virtual-time
import asyncio
async def ok(d):
    await asyncio.sleep(d)
    return d
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad after {d}")
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    tasks = [asyncio.create_task(ok(0.01), name="ok-fast"), asyncio.create_task(bad(0.03), name="bad"),
             asyncio.create_task(ok(0.2), name="ok-slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(ok(0.01), name="a"), asyncio.create_task(ok(0.02), name="b")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all done:", names(done), names(pending))
asyncio.run(main())
