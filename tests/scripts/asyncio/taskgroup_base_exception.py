import asyncio
class Fatal(BaseException):
    pass
async def fatal():
    await asyncio.sleep(0)
    raise Fatal("not an Exception")
async def fails():
    await asyncio.sleep(0)
    raise ValueError("ordinary")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fatal())
            tg.create_task(fails())
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fatal())
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, isinstance(eg, Exception))
asyncio.run(main())
