# 20 tasks x 10,000 acquisitions of one Lock, yielding while holding it.
import asyncio
TASKS, ROUNDS = 20, 10_000
async def main():
    lock = asyncio.Lock()
    counter = {"n": 0, "order": 0}
    async def worker(wid):
        for _ in range(ROUNDS):
            async with lock:
                v = counter["n"]
                await asyncio.sleep(0)
                counter["n"] = v + 1
                counter["order"] = (counter["order"] * 31 + wid) % 1_000_000_007
    await asyncio.gather(*(worker(i) for i in range(TASKS)))
    print("checksum", counter["n"], counter["order"])
asyncio.run(main())
