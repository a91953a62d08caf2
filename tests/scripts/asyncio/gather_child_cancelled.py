# coil: virtual-time
import asyncio
async def child(d):
    await asyncio.sleep(d)
    return d
async def main():
    t1 = asyncio.create_task(child(0.05))
    t2 = asyncio.create_task(child(0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.02)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("a cancelled child makes gather raise CancelledError")
    print(g.done(), g.cancelled(), t2.result())
asyncio.run(main())
