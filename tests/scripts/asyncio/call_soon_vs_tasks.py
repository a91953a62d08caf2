import asyncio
log = []
async def child(name):
    log.append(f"{name} step 1")
    await asyncio.sleep(0)
    log.append(f"{name} step 2")
async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(child("t1"))
    loop.call_soon(log.append, "callback A")
    t2 = asyncio.create_task(child("t2"))
    loop.call_soon(log.append, "callback B")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("future callback"))
    loop.call_soon(fut.set_result, None)
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.gather(t1, t2)
    log.append("gathered")
asyncio.run(main())
print("\n".join(log))
