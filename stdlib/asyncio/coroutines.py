"""Telling coroutines and coroutine functions apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()   # closed before it starts: no "never awaited" warning
del _probe_coro


def _probe_gen():
    yield


_GeneratorType = type(_probe_gen())


def iscoroutinefunction(func):
    """True if func is an `async def` function (or marked as one)."""
    if getattr(func, '_is_coroutine', None) is not None:
        return True
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True if obj is a coroutine object (or implements the coroutine protocol). As in 3.11,
    generators count too (generator-based coroutines)."""
    if isinstance(obj, (_CoroutineType, _GeneratorType)):
        return True
    t = type(obj)
    return all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__'))
