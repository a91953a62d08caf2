# coil: virtual-time
import asyncio
cancelled = []
async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0.01)
            raise RuntimeError("error in the body")
    except* RuntimeError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("cancelled because the body failed:", sorted(cancelled))
asyncio.run(main())
