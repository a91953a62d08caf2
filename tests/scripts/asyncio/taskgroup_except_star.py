# coil: virtual-time
import asyncio
async def fail(exc):
    await asyncio.sleep(0)
    raise exc
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError(1)))
            tg.create_task(fail(TypeError(2)))
            tg.create_task(fail(ValueError(3)))
    except* ValueError as g:
        print("ValueErrors:", sorted(e.args[0] for e in g.exceptions))
    except* TypeError as g:
        print("TypeErrors:", [e.args[0] for e in g.exceptions])
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(KeyError("unhandled")))
                tg.create_task(fail(ValueError("handled")))
        except* ValueError:
            print("handled the ValueError part")
    except ExceptionGroup as rest:
        print("rest propagates:", repr(rest))
asyncio.run(main())
