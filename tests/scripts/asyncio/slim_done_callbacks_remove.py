# add_done_callback / remove_done_callback with one, two and many callbacks, duplicates,
# removing everything, and adding again afterwards.
import asyncio


def make(tag, log):
    def cb(fut):
        log.append(tag)
    return cb


async def main():
    loop = asyncio.get_running_loop()
    for n in range(5):
        for remove in range(n + 1):
            log = []
            f = loop.create_future()
            cbs = [make(i, log) for i in range(n)]
            for cb in cbs:
                f.add_done_callback(cb)
            removed = f.remove_done_callback(cbs[remove]) if remove < n else f.remove_done_callback(print)
            f.add_done_callback(make("late", log))
            f.set_result(None)
            await asyncio.sleep(0)
            print(n, remove, removed, log)
    log = []
    f = loop.create_future()
    a, b = make("a", log), make("b", log)
    for cb in (a, b, a, a, b):
        f.add_done_callback(cb)
    print(f.remove_done_callback(a), f.remove_done_callback(a), f.remove_done_callback(b))
    f.add_done_callback(b)
    f.add_done_callback(a)
    f.set_result(1)
    print(f.remove_done_callback(a))
    await asyncio.sleep(0)
    print(log)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(make("task1", log))
    t.add_done_callback(make("task2", log))
    print(t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
