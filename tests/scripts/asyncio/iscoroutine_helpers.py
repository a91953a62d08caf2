import asyncio, types
async def native(): pass
def gen(): yield
@types.coroutine
def gen_based():
    yield
async def agen(): yield
print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(agen))
c = native()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen()), asyncio.iscoroutine(gen_based()), asyncio.iscoroutine(agen()))
c.close()
class M:
    async def method(self): pass
    @staticmethod
    async def smethod(): pass
print(asyncio.iscoroutinefunction(M.method), asyncio.iscoroutinefunction(M().method), asyncio.iscoroutinefunction(M.smethod))
print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutinefunction(None))
