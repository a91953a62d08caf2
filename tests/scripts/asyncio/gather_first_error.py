# coil: virtual-time
import asyncio
async def slow(name, d):
    await asyncio.sleep(d)
    print(name, "still finished")
    return name
async def fail(d):
    await asyncio.sleep(d)
    raise KeyError("first failure")
async def main():
    a = asyncio.create_task(slow("a", 0.05))
    b = asyncio.create_task(slow("b", 0.08))
    try:
        await asyncio.gather(a, fail(0.02), b)
    except KeyError as e:
        print("gather raised", e)
    print(a.done(), b.done())
    await asyncio.sleep(0.1)
    print(a.result(), b.result())
asyncio.run(main())
