import asyncio
async def fib(n):
    if n < 2:
        await asyncio.sleep(0)
        return n
    a = asyncio.create_task(fib(n - 1))
    b = asyncio.create_task(fib(n - 2))
    return await a + await b
async def main():
    print([await fib(i) for i in range(12)])
    print(len(asyncio.all_tasks()))
asyncio.run(main())
