import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    def bad(fut):
        raise RuntimeError("error in done callback")
    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: print("second callback still runs"))
    f.set_result(1)
    await asyncio.sleep(0)
    print("result unaffected:", f.result())
asyncio.run(main())
