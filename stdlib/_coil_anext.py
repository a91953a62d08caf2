"""The awaitable returned by builtins.anext(iterator, default) (runtime/builtins_iter.cpp):
awaits the iterator's __anext__() result and turns StopAsyncIteration into default."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
