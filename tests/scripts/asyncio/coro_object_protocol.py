import asyncio, inspect
async def f():
    return 1
c = f()
print(type(c).__name__, asyncio.iscoroutine(c), inspect.iscoroutine(c), inspect.isawaitable(c))
print(asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f), asyncio.iscoroutinefunction(print))
print(c.cr_running, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
c2 = f()
c2.close()
print("closed without running")
def plain(): return 1
print(asyncio.iscoroutine(plain()), asyncio.iscoroutinefunction(plain), asyncio.iscoroutine(1))
