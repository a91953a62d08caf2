import asyncio
started = False
async def never_runs():
    global started
    started = True
async def main():
    t = asyncio.create_task(never_runs())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before first step; body ran:", started)
    print(t.cancelled())
    async def catches():
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("not reached: cancel before start throws into the coroutine at its first step")
    t2 = asyncio.create_task(catches())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled:", t2.cancelled())
asyncio.run(main())
