import asyncio
async def resilient():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            return f"finished on attempt {attempt}"
        except asyncio.CancelledError:
            print("cancelled; cancelling() =", task.cancelling())
            print("uncancel ->", task.uncancel())
    return "gave up"
async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("after two cancel() calls:", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done())
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling())
asyncio.run(main())
