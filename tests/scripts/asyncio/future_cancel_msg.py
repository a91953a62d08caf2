import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel("reason here"), f.cancelled(), f.done(), f.cancel())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result():", type(e).__name__, e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print("await:", e.args)
    g = loop.create_future()
    g.cancel()
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("no message:", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
