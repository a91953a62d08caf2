import asyncio
def bad_callback():
    raise ValueError("logged by the default exception handler")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print("loop keeps running after a failing callback")
asyncio.run(main())
