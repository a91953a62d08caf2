import asyncio
loop = asyncio.new_event_loop()
async def stopper():
    loop.stop()
    await asyncio.sleep(1)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
for t in asyncio.all_tasks(loop):
    t.cancel()
    try:
        loop.run_until_complete(t)
    except asyncio.CancelledError:
        print("leftover task cancelled")
loop.close()
