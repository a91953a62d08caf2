import asyncio
async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)
    return v
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(f"w{i}", fut)) for i in range(3)]
    await asyncio.sleep(0)
    fut.set_result("shared")
    print(await asyncio.gather(*tasks))
asyncio.run(main())
