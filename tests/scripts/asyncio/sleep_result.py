import asyncio
async def main():
    print(await asyncio.sleep(0), await asyncio.sleep(0, "zero"), await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative delay returns immediately"))
    t = asyncio.create_task(asyncio.sleep(0.02, "from task"))
    print(await t)
asyncio.run(main())
