import asyncio
ev = asyncio.Event()
async def setter():
    await asyncio.sleep(0.01)
    ev.set()
async def main():
    asyncio.create_task(setter())
    await ev.wait()
    print("event created outside the loop works")
asyncio.run(main())
