# The private attributes asyncio's Python code reads on Future and Task, in every state, and
# attributes set on exact instances (they keep a __dict__, as CPython's C Future).
import asyncio


def show(tag, f):
    print(tag, f._state, f._result, f._exception, f._cancel_message, f._log_traceback,
          f._asyncio_future_blocking)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f._loop is loop, f.get_loop() is loop)
    show("pending", f)
    f.set_result([1, 2])
    show("finished", f)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    show("exception", g)
    print(repr(g.exception()))
    show("retrieved", g)
    h = loop.create_future()
    h.cancel("why")
    show("cancelled", h)
    h2 = loop.create_future()
    h2.cancel()
    show("cancelled-nomsg", h2)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    # _asyncio_future_blocking is writable; _log_traceback only to False.
    f2 = loop.create_future()
    f2._asyncio_future_blocking = True
    print(f2._asyncio_future_blocking)
    f2._asyncio_future_blocking = 0
    print(f2._asyncio_future_blocking)
    try:
        f2._log_traceback = True
    except ValueError as e:
        print("ValueError", e)

    # Attributes on exact instances.
    f2.tag = "hello"
    print(f2.tag, hasattr(f2, "other"))
    del f2.tag
    print(hasattr(f2, "tag"))
    try:
        del f2.tag
    except AttributeError:
        print("AttributeError")

    async def child():
        await asyncio.sleep(0)
        return 5

    t = asyncio.create_task(child())
    t.note = 1
    print(t.note, t._coro is t.get_coro(), t._fut_waiter, t._must_cancel, t.cancelling())
    show("task-pending", t)
    await asyncio.sleep(0)
    await t
    show("task-done", t)
    print(t._fut_waiter, t.result())

    class MyFuture(asyncio.Future):
        pass

    m = MyFuture(loop=loop)
    m.extra = 3
    print(m.extra, m._state)
    m.set_result(9)
    show("subclass", m)


asyncio.run(main())
