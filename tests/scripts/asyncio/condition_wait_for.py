# coil: virtual-time
import asyncio
async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    async def waiter(target):
        async with cond:
            await cond.wait_for(lambda: state["n"] >= target)
            print(f"waiter({target}) sees n={state['n']}")
    tasks = [asyncio.create_task(waiter(t)) for t in (3, 1, 2)]
    for i in range(3):
        await asyncio.sleep(0.01)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()
    await asyncio.gather(*tasks)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("condition with explicit lock:", lock.locked(), c2.locked())
asyncio.run(main())
