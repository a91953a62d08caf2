import asyncio
loop = asyncio.new_event_loop()
seen = []
def tick(n):
    seen.append(n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        seen.append("stop requested")
loop.call_soon(tick, 0)
loop.run_forever()
print(seen)
loop.call_soon(seen.append, "second run")
loop.call_soon(loop.stop)
loop.call_soon(seen.append, "queued after stop still runs in the same iteration")
loop.run_forever()
print(seen[-2:])
async def coro():
    seen.append("coro ran")
    loop.stop()
loop.create_task(coro())
loop.run_forever()
print(seen[-1], loop.is_running())
loop.close()
