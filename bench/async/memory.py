# 100,000 tasks all suspended on one Event. With the argument `empty`, does everything
# except creating the tasks, so (peak RSS - peak RSS with `empty`) / 100,000 is the
# cost of one suspended task.
import asyncio, sys
N = 100_000
EMPTY = sys.argv[1:] == ["empty"]
async def waiter(ev, i):
    await ev.wait()
    return i & 1
async def main():
    ev = asyncio.Event()
    coros = [] if EMPTY else [waiter(ev, i) for i in range(N)]
    tasks = [asyncio.create_task(c) for c in coros]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    suspended = sum(1 for t in tasks if not t.done())
    ev.set()
    results = await asyncio.gather(*tasks)
    print("checksum", suspended, sum(results))
asyncio.run(main())
