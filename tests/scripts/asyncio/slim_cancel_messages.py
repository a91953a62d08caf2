# Cancel messages in every phase of a Task: before it starts, while it waits, when it swallows
# the cancellation, twice in a row; what _cancel_message and the CancelledError carry.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("swallowed", e.args)
    return "kept going"


async def main():
    t = asyncio.create_task(sleeper(), name="early")
    print(t.cancel("before start"), t._must_cancel, t._cancel_message, t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("early:", e.args, t.cancelled(), t._cancel_message, t.get_name())

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("while waiting"), t._must_cancel, t._cancel_message)
    try:
        await t
    except asyncio.CancelledError as e:
        print("waiting:", e.args, t._cancel_message)

    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel("please stop")
    print(await t, t.cancelled(), t._cancel_message, t.cancelling())

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("twice:", e.args)

    # A message before the task has a name set: the name survives, and set_name still works.
    t = asyncio.create_task(sleeper())
    t.cancel("named")
    t.set_name("renamed")
    print(t.get_name(), repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("renamed:", e.args, t.get_name())

    # A task that returns while a cancel is pending ends cancelled, with the message.
    async def returns_at_once():
        return 1

    t = asyncio.create_task(returns_at_once())
    t.cancel("too late?")
    try:
        await t
    except asyncio.CancelledError as e:
        print("returned:", e.args, t._cancel_message)

    # gather reports a cancelled child's message in return_exceptions mode.
    a = asyncio.create_task(sleeper())
    b = asyncio.create_task(sleeper())
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    a.cancel("child a")
    b.cancel()
    res = await g
    print([(type(r).__name__, r.args) for r in res])

    # Plain futures.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel("plain"), f.cancel("again"), f._cancel_message)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("plain:", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("plain exception():", e.args)


asyncio.run(main())
