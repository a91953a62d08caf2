# An exception in a done callback or a call_soon callback goes to the exception handler with
# the Handle that ran it; the loop goes on with the next entry.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop_, context):
        h = context.get("handle")
        seen.append((context["message"].split(" ")[:3], type(context["exception"]).__name__,
                     str(context["exception"]), type(h).__name__, h.cancelled()))

    loop.set_exception_handler(handler)

    def bad_done(fut):
        raise RuntimeError(f"done callback saw {fut.result()}")

    def bad_soon(a, b):
        raise ValueError(a + b)

    f = loop.create_future()
    f.add_done_callback(bad_done)
    f.add_done_callback(lambda fut: seen.append("second done callback"))
    f.set_result(41)
    loop.call_soon(bad_soon, 1, 2)
    loop.call_soon(lambda: seen.append("after"))
    f.add_done_callback(bad_done)
    f.add_done_callback(5)   # not callable: a TypeError when it runs
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for s in seen:
        print(s)
    loop.set_exception_handler(None)


asyncio.run(main())
