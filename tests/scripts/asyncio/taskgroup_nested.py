# coil: virtual-time
import asyncio
async def leaf(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    print("leaf", name)
async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("i1", 0.01))
        tg.create_task(leaf("i2", 0.03, fail=True))
        tg.create_task(leaf("i3", 0.2))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(leaf("o1", 0.02))
            tg.create_task(leaf("o2", 0.3))
    except ExceptionGroup as eg:
        print(repr(eg))
asyncio.run(main())
