import asyncio
log = []
async def spinner(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 4))
    print(" ".join(log))
    log.clear()
    t = asyncio.create_task(spinner("t", 2))
    log.append("main before yield")
    await asyncio.sleep(0)
    log.append("main after one yield")
    await t
    print(" ".join(log))
asyncio.run(main())
