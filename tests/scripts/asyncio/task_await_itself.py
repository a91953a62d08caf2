import asyncio
async def main():
    async def selfish():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(selfish())
    try:
        await me
    except RuntimeError as e:
        print(type(e).__name__, e.args[0].split(" <")[0] if "<" in e.args[0] else e)
asyncio.run(main())
