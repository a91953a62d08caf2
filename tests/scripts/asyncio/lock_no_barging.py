import asyncio
async def main():
    lock = asyncio.Lock()
    log = []
    async def waiter():
        async with lock:
            log.append("waiter got the lock")
    await lock.acquire()
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    lock.release()
    log.append(f"released; locked() right after release = {lock.locked()}")
    async def barger():
        async with lock:
            log.append("barger got the lock")
    b = asyncio.create_task(barger())
    await asyncio.gather(t, b)
    print("\n".join(log))
asyncio.run(main())
