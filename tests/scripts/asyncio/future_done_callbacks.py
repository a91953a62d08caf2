import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []
    def cb(name):
        def inner(fut):
            log.append((name, fut.result(), fut is f))
        return inner
    f.add_done_callback(cb("first"))
    f.add_done_callback(cb("second"))
    f.set_result("value")
    log.append("set_result returned (callbacks are scheduled, not called)")
    await asyncio.sleep(0)
    f.add_done_callback(cb("added after done"))
    log.append("added after done")
    await asyncio.sleep(0)
    for entry in log:
        print(entry)
    g = loop.create_future()
    g.add_done_callback(lambda fut: print("cancelled callback:", fut.cancelled()))
    g.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
