import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    f.set_result(42)
    print(f.done(), f.result(), f.exception())
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(g.done(), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result() raises", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print(e)
    n = loop.create_future()
    n.set_result(None)
    print(n.result())
asyncio.run(main())
