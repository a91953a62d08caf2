# coil: virtual-time
import asyncio
async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("inner cancelled before the TimeoutError reaches the caller")
        raise
    finally:
        print("inner finally")
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0.01, "no timeout"), timeout=None))
asyncio.run(main())
