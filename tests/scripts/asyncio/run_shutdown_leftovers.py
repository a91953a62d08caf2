import asyncio
async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled by asyncio.run; cleanup may still await")
        await asyncio.sleep(0)
        print("cleanup finished")
        raise
async def finisher():
    await asyncio.sleep(0)
    print("finisher ran to completion")
async def main():
    asyncio.create_task(leftover())
    asyncio.create_task(finisher())
    await asyncio.sleep(0)
    print("main returns with tasks still pending")
asyncio.run(main())
print("after asyncio.run")
