# Real time is the default: sleep(0.2) really waits about 0.2 s (this test must not run
# with --virtual-time).
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    l0 = loop.time()
    await asyncio.sleep(0.2)
    wall = time.monotonic() - t0
    looped = loop.time() - l0
    print("wall clock between 0.2 and 0.4:", 0.2 <= wall < 0.4)
    print("loop clock between 0.2 and 0.4:", 0.2 <= looped < 0.4)

asyncio.run(main())
