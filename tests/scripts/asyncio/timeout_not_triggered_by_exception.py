# coil: virtual-time
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(0.01)
            raise KeyError("ordinary error inside timeout")
    except KeyError as e:
        print("KeyError passes through:", e)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("TimeoutError")
    print("current task cancelling:", asyncio.current_task().cancelling())
asyncio.run(main())
