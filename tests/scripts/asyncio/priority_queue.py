import asyncio
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "first")]:
        pq.put_nowait(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    for n in [5, 3, 9, 1]:
        await pq.put(n)
    print([pq.get_nowait() for _ in range(4)])
asyncio.run(main())
