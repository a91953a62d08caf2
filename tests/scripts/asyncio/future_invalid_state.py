import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name, call in [("result", f.result), ("exception", f.exception)]:
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    f.set_result(1)
    for name, call in [("set_result", lambda: f.set_result(2)), ("set_exception", lambda: f.set_exception(ValueError()))]:
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    print(f.cancel(), f.result())
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled ->", e)
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.InvalidStateError.__mro__[1].__name__)
asyncio.run(main())
