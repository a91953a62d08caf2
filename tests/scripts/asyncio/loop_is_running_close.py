import asyncio
loop = asyncio.new_event_loop()
async def check():
    return loop.is_running(), asyncio.get_running_loop() is loop
print(loop.is_running(), loop.run_until_complete(check()), loop.is_running())
loop.close()
loop.close()
print("closing twice is fine", loop.is_closed())
for action in ("call_soon", "run_until_complete", "create_task", "run_forever"):
    try:
        if action == "call_soon":
            loop.call_soon(print, "x")
        elif action == "run_until_complete":
            loop.run_until_complete(asyncio.sleep(0, "unused") if False else loop.create_future())
        elif action == "create_task":
            c = check()
            try:
                loop.create_task(c)
            finally:
                c.close()
        else:
            loop.run_forever()
    except RuntimeError as e:
        print(action, "->", e)
