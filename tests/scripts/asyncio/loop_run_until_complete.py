import asyncio
async def work(x):
    await asyncio.sleep(0.01)
    return x * 3
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(5)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
task = loop.create_task(work(7))
print(loop.run_until_complete(task), task.done())
async def fails():
    raise ValueError("boom")
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("propagated", e)
async def both():
    return await asyncio.gather(work(1), work(2))
print(loop.run_until_complete(both()))
loop.close()
print(loop.is_closed())
