# coil: virtual-time
import asyncio
async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "precious"
async def main():
    inner = asyncio.create_task(important())
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(asyncio.sleep(0, "direct")))
asyncio.run(main())
