# coil: virtual-time
import asyncio
async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * n
async def main():
    log = []
    tasks = []
    for n in (3, 1, 2):
        t = asyncio.create_task(work(n), name=f"work-{n}")
        t.add_done_callback(lambda task: log.append((task.get_name(), task.result())))
        tasks.append(t)
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print(log)
asyncio.run(main())
