import asyncio
lock_outside = asyncio.Lock()   # created outside a running loop
async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock_outside:
        print("outside-created lock works:", lock_outside.locked())
    print(lock_outside.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError:
        print("released after exception:", not lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
asyncio.run(main())
asyncio.run(main())
