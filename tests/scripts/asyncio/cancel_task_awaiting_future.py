import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waiter():
        await fut
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("future cancelled along with the task:", fut.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    fut2 = loop.create_future()
    async def waiter2():
        try:
            return await fut2
        except asyncio.CancelledError:
            return "future was cancelled"
    t2 = asyncio.create_task(waiter2())
    await asyncio.sleep(0)
    fut2.cancel()
    print(await t2, t2.cancelled())
asyncio.run(main())
