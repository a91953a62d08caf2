import asyncio
async def level3():
    await asyncio.sleep(0)
    raise KeyError("deep")
async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")
async def level1():
    try:
        await level2()
    except KeyError as e:
        print("level1 caught", e)
        raise ValueError("converted") from e
async def main():
    try:
        await level1()
    except ValueError as e:
        print("main caught", e, "cause:", repr(e.__cause__))
asyncio.run(main())
