# coil: virtual-time
import asyncio
async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)
async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    ev.set()
    print("set:", ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait(), "(wait on a set event returns immediately)")
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.01)
    print("late still waiting:", not t.done())
    ev.set()
    ev.clear()
    await t
    print("a set() followed by clear() still wakes current waiters")
asyncio.run(main())
