import asyncio
async def agen():
    yield 1
    raise ValueError("inside agen")
async def main():
    got = []
    try:
        async for v in agen():
            got.append(v)
    except ValueError as e:
        print(got, "error:", e)
    async def stop_inside():
        yield 1
        raise StopAsyncIteration
    try:
        async for v in stop_inside():
            print("value", v)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
asyncio.run(main())
