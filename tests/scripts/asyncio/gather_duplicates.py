import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "same")
    print(await asyncio.gather(f, f, f))
    async def c(): return "coro"
    t = asyncio.create_task(c())
    print(await asyncio.gather(t, t))
asyncio.run(main())
