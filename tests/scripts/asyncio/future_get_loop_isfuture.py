import asyncio
async def c(): return 1
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(c())
    print(f.get_loop() is loop, t.get_loop() is loop)
    coro = c()
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(coro), asyncio.isfuture(1), asyncio.isfuture(asyncio.Future))
    coro.close()
    await t
    f2 = asyncio.Future()
    print(f2.get_loop() is loop)
    f2.set_result(3)
    print(await f2)
asyncio.run(main())
