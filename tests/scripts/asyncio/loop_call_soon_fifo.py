import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_soon(log.append, i)
    loop.call_soon(lambda: loop.call_soon(log.append, "nested (runs in a later iteration)"))
    loop.call_soon(log.append, 5)
    await asyncio.sleep(0)
    log.append("after first sleep(0)")
    await asyncio.sleep(0)
    log.append("after second sleep(0)")
asyncio.run(main())
print("\n".join(map(str, log)))
