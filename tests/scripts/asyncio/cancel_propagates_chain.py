import asyncio
async def level3():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("level3 cancelled", e.args)
        raise
async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")
async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 sees CancelledError")
        raise
async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel("msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", type(e).__name__, e.args)
asyncio.run(main())
