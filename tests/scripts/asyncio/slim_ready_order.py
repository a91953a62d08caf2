# One FIFO for everything the loop runs: call_soon callbacks, done callbacks, task steps and
# wake-ups come out in the order they were queued, and each iteration runs only what was
# ready when it began.
import asyncio

log = []


async def worker(name, fut):
    log.append(f"{name} start")
    v = await fut
    log.append(f"{name} woke {v}")
    await asyncio.sleep(0)
    log.append(f"{name} end")


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    t1 = asyncio.create_task(worker("t1", f1))
    loop.call_soon(log.append, "soon A")
    t2 = asyncio.create_task(worker("t2", f2))
    loop.call_soon(log.append, "soon B")
    await asyncio.sleep(0)
    log.append("main after first sleep")
    f2.add_done_callback(lambda f: log.append(f"cb1 {f.result()}"))
    f2.set_result("two")
    loop.call_soon(log.append, "soon C")
    f1.set_result("one")
    f1.add_done_callback(lambda f: log.append("cb after done"))
    h = loop.call_soon(log.append, "cancelled")
    loop.call_soon(log.append, "soon D", )
    h.cancel()
    f3 = loop.create_future()
    for i in range(3):
        f3.add_done_callback(lambda f, i=i: log.append(f"f3 cb{i}"))
    f3.remove_done_callback(log.append)
    f3.set_exception(KeyError("k"))
    f3.exception()
    loop.call_soon(log.append, "soon E")
    await asyncio.gather(t1, t2)
    for line in log:
        print(line)
    print(repr(h), h.cancelled())
    h2 = loop.call_soon(print, 1, 2)
    h3 = loop.call_soon(print)
    h4 = loop.call_soon(print, "x")
    print(h2.cancelled(), h3.cancelled(), h4.cancelled())
    await asyncio.sleep(0)


asyncio.run(main())
