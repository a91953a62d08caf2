# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    seen = []
    loop.call_at(start + 0.05, seen.append, "at+0.05")
    loop.call_at(start + 0.02, seen.append, "at+0.02")
    loop.call_at(start - 10, seen.append, "in the past")
    h = loop.call_at(start + 0.03, seen.append, "cancelled")
    print(h.when() == start + 0.03)
    h.cancel()
    await asyncio.sleep(0.08)
    print(seen)
    print(loop.time() - start >= 0.08)
asyncio.run(main())
