"""asyncio.Future (native) and the helpers around it."""
import _asyncio

__all__ = ('Future', 'wrap_future', 'isfuture')

Future = _asyncio.Future


def isfuture(obj):
    """True for asyncio Futures and Tasks, and objects that quack like them."""
    if isinstance(obj, Future):
        return True
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    return fut.get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures are not supported by coil: {future!r}')
