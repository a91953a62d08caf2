# coil: virtual-time
import asyncio
async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.02)
    finally:
        print("ticker finally")
async def consume(out):
    gen = ticker()
    try:
        async for v in gen:
            out.append(v)
    finally:
        await gen.aclose()
        print("consumer closed the generator")
async def main():
    out = []
    t = asyncio.create_task(consume(out))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled; values:", out)
asyncio.run(main())
