# coil: virtual-time
import asyncio
async def main():
    sem = asyncio.Semaphore(3)
    state = {"now": 0, "peak": 0}
    async def job(i):
        async with sem:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
            await asyncio.sleep(0.01 * (i % 4 + 1))
            state["now"] -= 1
        return i
    res = await asyncio.gather(*(job(i) for i in range(12)))
    print(res, state)
asyncio.run(main())
