import asyncio
async def coro():
    await asyncio.sleep(0)
    return "task result"
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, isinstance(fut, asyncio.Future), fut.done(), fut.get_loop() is loop)
    t = loop.create_task(coro())
    print(type(t).__name__, isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), t.done())
    print(await t, t.done())
    t2 = loop.create_task(coro(), name="named")
    print(t2.get_name())
    await t2
    try:
        loop.create_task(5)
    except TypeError as e:
        print(e)
asyncio.run(main())
