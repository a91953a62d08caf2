# coil: virtual-time
import asyncio
# TaskGroup keeps its tasks in a set: the order in which siblings are cancelled is
# not specified, so the cancelled names are collected and printed sorted.
cancelled = []
async def fail(d):
    await asyncio.sleep(d)
    raise ValueError("failure in group")
async def sibling(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "completed")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("early", 0.01))
            tg.create_task(fail(0.02))
            tg.create_task(sibling("late1", 0.1))
            tg.create_task(sibling("late2", 0.2))
    except* ValueError as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])
    print("cancelled:", sorted(cancelled))
asyncio.run(main())
