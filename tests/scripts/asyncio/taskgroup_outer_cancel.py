# coil: virtual-time
import asyncio
cancelled = []
async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
async def group_owner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k1"))
            tg.create_task(child("k2"))
    except asyncio.CancelledError:
        print("owner sees CancelledError after children:", sorted(cancelled))
        raise
async def main():
    t = asyncio.create_task(group_owner())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("owner task cancelled:", t.cancelled())
asyncio.run(main())
