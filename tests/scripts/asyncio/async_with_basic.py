import asyncio
class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)
        return False
async def main():
    async with Res("a") as a:
        print("body", a)
    async with Res("x") as x, Res("y") as y:
        print("body", x, y)
    try:
        async with Res("err"):
            raise ValueError("in body")
    except ValueError as e:
        print("propagated", e)
    async def early():
        async with Res("ret"):
            return "returned"
    print(await early())
asyncio.run(main())
