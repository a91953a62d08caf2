import asyncio
async def inner():
    await asyncio.sleep(0)
    raise ValueError("escaped from asyncio.run")
async def main():
    print("main starts")
    await inner()
asyncio.run(main())
print("not reached")
