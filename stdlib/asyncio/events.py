"""The event loop class and the running-loop accessors (get_running_loop, new_event_loop …)."""
import sys
import _asyncio

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop')

Handle = _asyncio.Handle
TimerHandle = _asyncio.TimerHandle
get_running_loop = _asyncio.get_running_loop
_get_running_loop = _asyncio._get_running_loop
_set_running_loop = _asyncio._set_running_loop


class AbstractEventLoop:
    """Marker base class, as in CPython (coil has one loop implementation)."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class BaseEventLoop(_asyncio.EventLoop, AbstractEventLoop):
    """The loop: scheduling is native (_asyncio.EventLoop); policy lives here."""

    def __init__(self):
        self._asyncgens = []
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def run_until_complete(self, future):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        from . import futures, tasks
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        gens = list(self._asyncgens)
        self._asyncgens.clear()
        if not gens:
            return
        from . import tasks
        results = await tasks.gather(*[ag.aclose() for ag in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('coil has no threads: run_in_executor is not supported')

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        exception = context.get('exception')
        if exception is not None:
            text += '\n' + _asyncio._format_exception(exception).rstrip('\n')
        sys.stdout.flush()
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        handler = self.get_exception_handler()
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')


def new_event_loop():
    """A new event loop (virtual time when coil runs with --virtual-time)."""
    return BaseEventLoop()


def get_event_loop():
    loop = _asyncio._get_running_loop()
    if loop is not None:
        return loop
    loop = _asyncio._get_event_loop_slot()
    if loop is None:
        loop = new_event_loop()
        set_event_loop(loop)
    return loop


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _asyncio._set_event_loop_slot(loop)
