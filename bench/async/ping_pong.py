# Two coroutines hand control to each other 200,000 times through Futures.
import asyncio
HOPS = 200_000
async def main():
    loop = asyncio.get_running_loop()
    state = {"ping": loop.create_future(), "pong": loop.create_future()}
    async def player(me, other, count):
        total = 0
        for _ in range(count):
            v = await state[me]
            state[me] = loop.create_future()
            total += v
            state[other].set_result(v + 1)
        return total
    a = asyncio.create_task(player("ping", "pong", HOPS // 2))
    b = asyncio.create_task(player("pong", "ping", HOPS // 2))
    state["ping"].set_result(0)
    ta, tb = await asyncio.gather(a, b)
    print("checksum", ta + tb)
asyncio.run(main())
