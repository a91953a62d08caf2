# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    log = []
    h1 = loop.call_soon(log.append, "h1")
    h2 = loop.call_soon(log.append, "h2 (cancelled)")
    h3 = loop.call_soon(log.append, "h3")
    h2.cancel()
    print(h1.cancelled(), h2.cancelled())
    h2.cancel()
    t1 = loop.call_later(0.01, log.append, "t1 (cancelled)")
    t2 = loop.call_later(0.02, log.append, "t2")
    t1.cancel()
    print(type(t1).__name__, t1.cancelled(), isinstance(t1, asyncio.Handle))
    await asyncio.sleep(0.04)
    print(log)
    def cancel_other():
        log.append("canceller")
        later.cancel()
    loop.call_soon(cancel_other)
    later = loop.call_soon(log.append, "cancelled by an earlier callback in the same batch")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log[-1])
asyncio.run(main())
