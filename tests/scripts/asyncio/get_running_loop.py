import asyncio
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    async def nested():
        return asyncio.get_running_loop()
    print(await nested() is loop)
    t = asyncio.create_task(nested())
    print(await t is loop)
    def callback():
        print("in callback, same loop:", asyncio.get_running_loop() is loop)
    loop.call_soon(callback)
    await asyncio.sleep(0)
asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
