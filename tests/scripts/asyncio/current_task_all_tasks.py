import asyncio
async def child(ev):
    await ev.wait()
async def main():
    me = asyncio.current_task()
    print(me is not None, me.get_name(), me in asyncio.all_tasks())
    ev = asyncio.Event()
    kids = [asyncio.create_task(child(ev)) for _ in range(4)]
    print(len(asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*kids)
    print(len(asyncio.all_tasks()))
    async def who():
        return asyncio.current_task()
    t = asyncio.create_task(who())
    print(await t is t)
    print(await who() is me)
print(asyncio.current_task() if False else "outside loop:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
asyncio.run(main())
