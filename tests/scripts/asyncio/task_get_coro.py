import asyncio
async def work(): return "w"
async def main():
    c = work()
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_coro().__name__)
    print(await t)
    print(t.get_coro() is c, t.done(), t.result())
    print(asyncio.iscoroutine(t.get_coro()))
asyncio.run(main())
