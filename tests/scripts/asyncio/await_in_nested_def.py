import asyncio
async def outer():
    def inner():
        await asyncio.sleep(0)
    return inner
print("not reached: SyntaxError at compile time")
