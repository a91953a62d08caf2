import asyncio
async def noop():
    pass
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(repr(tg), "<TaskGroup>"))
    c.close()
    tg2 = asyncio.TaskGroup()
    c2 = noop()
    try:
        tg2.create_task(c2)
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(repr(tg2), "<TaskGroup>"))
    c2.close()
asyncio.run(main())
