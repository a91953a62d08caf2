import asyncio
class Suppress:
    def __init__(self, *types): self.types = types
    async def __aenter__(self): return self
    async def __aexit__(self, et, e, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, e)
            return True
        return False
async def main():
    async with Suppress(KeyError):
        raise KeyError("k")
    print("after suppressed KeyError")
    try:
        async with Suppress(KeyError):
            raise TypeError("t")
    except TypeError:
        print("TypeError not suppressed")
    for i in range(3):
        async with Suppress(ValueError):
            if i == 1:
                continue
            print("iteration", i)
asyncio.run(main())
