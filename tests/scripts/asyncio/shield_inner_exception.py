# coil: virtual-time
import asyncio
async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")
async def main():
    try:
        await asyncio.shield(fails())
    except ValueError as e:
        print("shield passes the exception through:", e)
    inner = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(inner)
    inner.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled directly -> shield cancelled too:", s.cancelled())
asyncio.run(main())
