# coil: virtual-time
import asyncio
async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        log.append(f"{name} processed {item}")
        q.task_done()
async def main():
    q = asyncio.Queue()
    for d in (0.08, 0.02, 0.04, 0.1, 0.02):
        q.put_nowait(d)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("\n".join(log))
    print("all processed; queue empty:", q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on a finished queue returns at once")
asyncio.run(main())
