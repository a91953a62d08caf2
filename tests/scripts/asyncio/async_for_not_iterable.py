import asyncio
class Plain:
    def __iter__(self): return iter([1])
class NoAnext:
    def __aiter__(self): return self
async def main():
    for obj in ([1, 2], Plain(), 5):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print(e)
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print(e)
    try:
        async with object():
            pass
    except TypeError as e:
        print(e)
asyncio.run(main())
