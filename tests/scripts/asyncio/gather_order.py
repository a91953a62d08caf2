# coil: virtual-time
import asyncio
async def delayed(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v
async def main():
    res = await asyncio.gather(delayed("a", 0.06), delayed("b", 0.02), delayed("c", 0.04))
    print(res)
    print(await asyncio.gather())
    print(await asyncio.gather(delayed(1, 0)))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    print(await asyncio.gather(f, delayed("coro", 0.02), asyncio.sleep(0, "sleep")))
asyncio.run(main())
