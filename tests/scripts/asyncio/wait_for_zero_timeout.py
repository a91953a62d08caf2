import asyncio
async def quick():
    return "quick"
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already done")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("timeout 0 on a coroutine: TimeoutError")
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except TimeoutError:
        print("negative timeout: TimeoutError")
asyncio.run(main())
