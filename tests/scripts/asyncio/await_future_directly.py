import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "soon")
    print(await fut)
    print(await fut, "(awaiting a done future again returns its result)")
    fut2 = loop.create_future()
    loop.call_later(0.02, fut2.set_exception, ValueError("failed later"))
    try:
        await fut2
    except ValueError as e:
        print("caught", e)
    fut3 = loop.create_future()
    async def setter():
        await asyncio.sleep(0.01)
        fut3.set_result([1, 2])
    asyncio.create_task(setter())
    print(await fut3)
asyncio.run(main())
