# coil: virtual-time
import asyncio
async def work(name, d):
    await asyncio.sleep(d)
    print(name, "done")
    return name.upper()
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.03))
        t2 = tg.create_task(work("b", 0.01), name="tg-b")
        print("body finished, waiting for tasks")
    print("after TaskGroup:", t1.result(), t2.result(), t2.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
asyncio.run(main())
