import asyncio
async def cleanup_slowly():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first cancel; cleaning up")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("second cancel during cleanup")
            raise
async def main():
    t = asyncio.create_task(cleanup_slowly())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
asyncio.run(main())
