# coil: virtual-time
import asyncio
async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
async def long(name):
    try:
        await asyncio.sleep(0.1)
        print(name, "completed")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    g = asyncio.gather(fail(), long("l1"), long("l2"))
    try:
        await g
    except ValueError as e:
        print("first error:", e, "gather done:", g.done())
    print("cancel after error:", g.cancel())
    await asyncio.sleep(0.2)
asyncio.run(main())
