import asyncio
async def fail():
    raise ValueError("child failed")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
asyncio.run(main())
