import asyncio
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed the cancellation")
    return "normal result"
async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    async def converts():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ValueError("converted cancellation")
    t2 = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except ValueError as e:
        print("got", e, t2.cancelled())
asyncio.run(main())
