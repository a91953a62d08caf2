# coil: virtual-time
import asyncio
async def job(d):
    await asyncio.sleep(d)
    return d
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    tasks = {asyncio.create_task(job(d), name=f"t{d}") for d in (0.01, 0.03, 0.5)}
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", names(done), "pending:", names(pending))
    print("pending tasks are not cancelled by wait:", [t.cancelled() for t in pending])
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    c = job(0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
asyncio.run(main())
