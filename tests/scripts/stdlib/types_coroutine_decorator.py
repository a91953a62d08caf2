# @types.coroutine: a generator whose result can be awaited (the old way to write a
# "sleep(0)" that yields to the event loop).
import asyncio
import types


@types.coroutine
def yield_now():
    yield


@types.coroutine
def compute(x):
    yield
    return x * 2


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await yield_now()
    return name


async def main():
    print(await compute(21))
    results = await asyncio.gather(worker("a", 3), worker("b", 2))
    print(results)


print(yield_now.__name__, compute.__name__)
asyncio.run(main())


async def native():
    return 1


same = types.coroutine(native)
print(same is native)
print(types.new_class("Dyn", (), {}, lambda ns: ns.update(x=5)).x)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
