import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError)
    e = f.exception()
    print(type(e).__name__, e.args)
    g = loop.create_future()
    class MyErr(Exception): pass
    g.set_exception(MyErr("mine"))
    try:
        await g
    except MyErr as err:
        print("awaited", repr(err))
    h = loop.create_future()
    h.set_exception(KeyboardInterrupt())
    try:
        h.result()
    except KeyboardInterrupt:
        print("BaseException subclass stored and re-raised")
asyncio.run(main())
