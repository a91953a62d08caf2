import asyncio
# The Task-N counter is global and keeps counting across asyncio.run() calls;
# asyncio.run's shutdown (shutdown_asyncgens, shutdown_default_executor) also creates tasks.
async def name():
    return asyncio.current_task().get_name()
async def with_children():
    kids = [asyncio.create_task(name()) for _ in range(3)]
    return await asyncio.gather(*kids)
print(asyncio.run(name()))
print(asyncio.run(with_children()))
print(asyncio.run(name()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(name()))
print(loop.run_until_complete(name()))
loop.close()
