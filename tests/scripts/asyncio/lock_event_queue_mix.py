# coil: virtual-time
import asyncio
async def main():
    lock = asyncio.Lock()
    ready = asyncio.Event()
    q = asyncio.Queue()
    log = []
    async def worker(name, d):
        await ready.wait()
        async with lock:
            log.append(f"{name} holds lock")
            await asyncio.sleep(d)
            await q.put(name)
    ws = [asyncio.create_task(worker(n, d)) for n, d in [("w1", 0.02), ("w2", 0.01), ("w3", 0.01)]]
    await asyncio.sleep(0.01)
    log.append("ready")
    ready.set()
    got = [await q.get() for _ in ws]
    await asyncio.gather(*ws)
    print("\n".join(log))
    print(got)
asyncio.run(main())
