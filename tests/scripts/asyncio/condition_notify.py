import asyncio
async def main():
    cond = asyncio.Condition()
    log = []
    async def consumer(name):
        async with cond:
            log.append(f"{name} waits")
            await cond.wait()
            log.append(f"{name} notified")
    tasks = [asyncio.create_task(consumer(f"c{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(main())
