# fut.__await__() driven by hand, for Future and a Python subclass (which awaits through its
# FutureIter), and awaiting a subclass instance.
import asyncio
loop = asyncio.new_event_loop()
class F(asyncio.Future): pass
for cls in (asyncio.Future, F):
    f = cls(loop=loop)
    it = f.__await__()
    print(next(it) is f)
    try: next(it)
    except RuntimeError as e: print(e)
    f2 = cls(loop=loop); f2.set_result(3); it = iter(f2.__await__())
    try: next(it)
    except StopIteration as e: print("stop", e.value)
async def main():
    g = F(loop=asyncio.get_running_loop())
    asyncio.get_running_loop().call_soon(g.set_result, 9)
    print(await g)
asyncio.run(main())
