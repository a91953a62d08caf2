import asyncio
async def fails():
    raise KeyError("nobody awaited me")
async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("main ends")
asyncio.run(main())
print("program continues; the error is only logged to stderr")
