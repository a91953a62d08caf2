# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(0.01 * (i + 1), fired.append, i) for i in range(10)]
    for h in handles[::2]:
        h.cancel()
    await asyncio.sleep(0.15)
    print(fired)
    print([h.cancelled() for h in handles])
asyncio.run(main())
