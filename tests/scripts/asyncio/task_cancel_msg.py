import asyncio
async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside task:", e.args)
        raise
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees:", e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    print(t.cancel(), "(cancel on a done task)")
asyncio.run(main())
