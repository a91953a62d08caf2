import asyncio
async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally: awaiting during cleanup is allowed")
        await asyncio.sleep(0)
        print("cleanup done")
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)
asyncio.run(main())
