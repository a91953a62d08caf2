import asyncio
class NoAwait:
    pass
class BadAwait:
    def __await__(self):
        return 5
async def main():
    for value in (1, "str", None, [1], NoAwait()):
        try:
            await value
        except TypeError as e:
            print(e)
    try:
        await BadAwait()
    except TypeError as e:
        print(e)
asyncio.run(main())
