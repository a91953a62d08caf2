import asyncio
def bad_callback():
    raise ValueError("callback failed")
async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(loop_, context):
        seen.append((context["message"], type(context["exception"]).__name__, str(context["exception"])))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_soon(lambda: seen.append("next callback still runs"))
    await asyncio.sleep(0)
    print(seen[0][1:], seen[1])
    print(seen[0][0].startswith("Exception in callback"))
    loop.set_exception_handler(None)
asyncio.run(main())
