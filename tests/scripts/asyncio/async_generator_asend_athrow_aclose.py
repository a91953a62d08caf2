import asyncio
async def echo():
    try:
        received = None
        while True:
            try:
                received = yield f"got {received}"
            except KeyError as e:
                print("handled inside", repr(e))
                received = "after KeyError"
    finally:
        print("echo cleanup")
async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("one"))
    print(await g.athrow(KeyError("k")))
    print(await g.asend("two"))
    await g.aclose()
    try:
        await g.asend("three")
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    g2 = echo()
    await g2.asend(None)
    try:
        await g2.athrow(ValueError("unhandled"))
    except ValueError as e:
        print("athrow propagated", e)
asyncio.run(main())
