# coil: virtual-time
import asyncio
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowing cancellation, returning a value")
        return "swallowed"
async def main():
    try:
        r = await asyncio.wait_for(stubborn(), 0.02)
        print("wait_for returned", r)
    except TimeoutError:
        print("TimeoutError")
asyncio.run(main())
