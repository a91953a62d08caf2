# coil: virtual-time
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    for name, delay in [("c", 0.06), ("a", 0.02), ("d", 0.08), ("b", 0.04)]:
        loop.call_later(delay, order.append, name)
    loop.call_later(0.1, done.set_result, None)
    loop.call_soon(order.append, "soon")
    loop.call_later(0, order.append, "later-0")
    loop.call_later(-1, order.append, "later-negative")
    await done
    print(order)
    h = loop.call_later(0.01, order.append, "x")
    print(type(h).__name__, isinstance(h, asyncio.Handle), h.when() > loop.time() - 1)
asyncio.run(main())
