# coil: virtual-time
import asyncio
async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v"), 0.01))
            tg.create_task(fail(TypeError("t"), 0.01))
            tg.create_task(fail(KeyError("k"), 0.05))
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.message, [type(e).__name__ for e in eg.exceptions])
asyncio.run(main())
