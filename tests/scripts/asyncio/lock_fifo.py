# coil: virtual-time
import asyncio
log = []
async def user(lock, name, hold):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} acquired")
        await asyncio.sleep(hold)
        log.append(f"{name} releases")
async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(lock, n, 0.01)) for n in "ABCD"]
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print(lock.locked())
asyncio.run(main())
