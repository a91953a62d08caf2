# coil: virtual-time
import asyncio
async def main():
    lock = asyncio.Lock()
    order = []
    async def waiter(name):
        try:
            async with lock:
                order.append(name)
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            order.append(name + " cancelled while waiting")
            raise
    await lock.acquire()
    ts = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)
asyncio.run(main())
