import asyncio
async def waiter(name, fut, log):
    v = await fut
    log.append(f"{name} woke with {v}")
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    tasks = [asyncio.create_task(waiter(n, fut, log)) for n in ("first", "second", "third")]
    await asyncio.sleep(0)
    loop.call_soon(log.append, "callback queued before set_result")
    fut.set_result(7)
    loop.call_soon(log.append, "callback queued after set_result")
    await asyncio.gather(*tasks)
    print("\n".join(log))
asyncio.run(main())
