import asyncio
async def main(x):
    await asyncio.sleep(0)
    return x * 2
print(asyncio.run(main(21)))
print(asyncio.run(main("ab")))
try:
    asyncio.run(5)
except ValueError as e:
    print(type(e).__name__, e)
def not_async():
    return 1
try:
    asyncio.run(not_async())
except ValueError as e:
    print(type(e).__name__, e)
async def fails():
    raise KeyError("from main")
try:
    asyncio.run(fails())
except KeyError as e:
    print("asyncio.run propagated", repr(e))
