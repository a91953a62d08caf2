# coil: virtual-time
import asyncio
async def getter(q, name, log):
    item = await q.get()
    log.append(f"{name} got {item}")
async def main():
    q = asyncio.Queue()
    log = []
    tasks = [asyncio.create_task(getter(q, f"g{i}", log)) for i in range(4)]
    await asyncio.sleep(0.01)
    for item in "wxyz":
        q.put_nowait(item)
    await asyncio.gather(*tasks)
    print("\n".join(log))
asyncio.run(main())
