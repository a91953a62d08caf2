import asyncio
async def inner():
    return 1
async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    loop = asyncio.get_running_loop()
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
