import asyncio
async def main():
    s = asyncio.create_task(asyncio.sleep(10, "never"))
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("sleep task cancelled:", s.cancelled())
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(3):
        await asyncio.sleep(0)
    print("sleep(0) does not advance time much:", loop.time() - start < 1)
asyncio.run(main())
