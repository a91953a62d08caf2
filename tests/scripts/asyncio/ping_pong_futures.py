import asyncio
async def main():
    loop = asyncio.get_running_loop()
    box = {"to_b": loop.create_future(), "to_a": loop.create_future()}
    log = []
    async def a():
        for i in range(3):
            box["to_b"].set_result(i)
            v = await box["to_a"]
            box["to_a"] = loop.create_future()
            log.append(f"a got {v}")
    async def b():
        for i in range(3):
            v = await box["to_b"]
            box["to_b"] = loop.create_future()
            log.append(f"b got {v}")
            box["to_a"].set_result(v * 10)
    await asyncio.gather(a(), b())
    print("\n".join(log))
asyncio.run(main())
