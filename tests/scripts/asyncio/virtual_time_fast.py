# coil: virtual-time
# Under --virtual-time coil's clock jumps to the next timer: an hour of sleeping costs nothing
# in wall time, while the loop's clock still advances by an hour. (CPython runs it in real
# time; this script is only run by coil with the flag and by CPython with a short delay.)
import asyncio
import sys
import time

DELAY = 3600.0 if sys.implementation.name == "coil" else 0.05

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    l0 = loop.time()
    await asyncio.gather(asyncio.sleep(DELAY), asyncio.sleep(DELAY / 2))
    print("loop clock advanced by the delay:", loop.time() - l0 >= DELAY)
    print("wall clock under one second:", time.monotonic() - t0 < 1.0)

asyncio.run(main())
