# 50,000 tasks sleeping small distinct delays (i microseconds).
import asyncio
N = 50_000
async def main():
    done = []
    async def sleeper(i):
        await asyncio.sleep(i * 1e-6)
        done.append(i)
    await asyncio.gather(*(sleeper(i) for i in range(N)))
    inversions = sum(1 for a, b in zip(done, done[1:]) if a > b)
    print("checksum", len(done), sum(done), "in-order" if inversions == 0 else "out-of-order")
asyncio.run(main())
