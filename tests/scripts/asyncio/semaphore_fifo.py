# coil: virtual-time
import asyncio
async def main():
    sem = asyncio.Semaphore(2)
    log = []
    async def worker(name, hold):
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(hold)
            log.append(f"{name} out")
    await asyncio.gather(*(worker(n, h) for n, h in [("a", 0.03), ("b", 0.01), ("c", 0.05), ("d", 0.01), ("e", 0.01)]))
    print("\n".join(log))
    print(sem.locked(), sem._value if hasattr(sem, "_value") else 2)
asyncio.run(main())
