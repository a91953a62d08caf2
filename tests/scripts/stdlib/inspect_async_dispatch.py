# A tiny event dispatcher that accepts both plain and async handlers, as many asyncio
# programs do with inspect.iscoroutinefunction / inspect.isawaitable.
import asyncio
import functools
import inspect

handlers = []


def on(func):
    handlers.append(func)
    return func


@on
def log(event):
    print("log:", event)


@on
async def save(event):
    await asyncio.sleep(0)
    print("saved:", event)


@on
def maybe_async(event):
    if event == "async":
        return save(event + "!")
    return None


async def dispatch(event):
    for h in handlers:
        if inspect.iscoroutinefunction(h):
            await h(event)
        else:
            result = h(event)
            if inspect.isawaitable(result):
                await result


asyncio.run(dispatch("click"))
asyncio.run(dispatch("async"))
p = functools.partial(save, "partial")
print(inspect.iscoroutinefunction(p), inspect.iscoroutinefunction(functools.partial(log)))
asyncio.run(p())
