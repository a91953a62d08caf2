import asyncio
async def c(): return 1
for bad in (None, 1, "s"):
    async def main():
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print(e)
    asyncio.run(main())
coro = c()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print(e)
coro.close()
