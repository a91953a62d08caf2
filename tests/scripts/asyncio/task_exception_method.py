import asyncio
async def fails():
    await asyncio.sleep(0)
    raise KeyError("task failure")
async def ok():
    return 5
async def main():
    t = asyncio.create_task(fails())
    u = asyncio.create_task(ok())
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("not done yet:", e)
    await asyncio.sleep(0.01)
    print(repr(t.exception()), u.exception(), u.result())
    try:
        t.result()
    except KeyError as e:
        print("result() re-raises", e)
    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    try:
        c.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled task raises CancelledError")
asyncio.run(main())
