import asyncio
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
async def main():
    print(await compute())
    results = []
    for i in range(3):
        results.append(await add(i, i))
    print(results)
    return "main done"
print(asyncio.run(main()))
