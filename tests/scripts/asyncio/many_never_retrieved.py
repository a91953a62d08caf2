# More failed tasks than the collector's report queue holds at once: every one of them is
# still reported ("Task exception was never retrieved"), none is lost.
import asyncio, gc, sys

async def boom(i):
    raise ValueError(i)

async def main():
    ts = [asyncio.create_task(boom(i)) for i in range(300)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del ts
    gc.collect()
    await asyncio.sleep(0)
    print("done")

class Count:
    """Counts the reports on stderr and prints the total at the end."""
    def __init__(self, real):
        self.real, self.n = real, 0
    def write(self, s):
        self.n += s.count("exception was never retrieved")
        return len(s)
    def flush(self):
        pass

sys.stderr = Count(sys.stderr)
asyncio.run(main())
gc.collect()
n, sys.stderr = sys.stderr.n, sys.stderr.real
print("reported", n)
