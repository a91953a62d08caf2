import asyncio
async def main():
    loop = asyncio.get_running_loop()
    log = []
    f1 = loop.create_future()
    f2 = loop.create_future()
    f1.add_done_callback(lambda f: log.append("f1 cb"))
    f2.add_done_callback(lambda f: log.append("f2 cb"))
    loop.call_soon(log.append, "plain callback queued before results")
    f2.set_result(2)
    f1.set_result(1)
    loop.call_soon(log.append, "plain callback queued after results")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("\n".join(log))
asyncio.run(main())
