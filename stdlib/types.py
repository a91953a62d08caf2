"""Names for the interpreter's built-in types (taken from real objects), SimpleNamespace,
new_class/prepare_class/resolve_bases, and the types.coroutine decorator."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
           'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'NoneType', 'NotImplementedType', 'EllipsisType',
           'GenericAlias', 'UnionType', 'new_class', 'prepare_class', 'resolve_bases',
           'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()   # closed before it starts: never reported as "never awaited"
del _co


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) \
    if '__code__' in FunctionType.__dict__ else type(type.__dict__['__name__'])


class _Slotted:
    __slots__ = ('_slot',)


MemberDescriptorType = type(_Slotted.__dict__['_slot'])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)

del _f, _g, _c, _ag, _C, _Slotted, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        ident = id(self)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if ident in _repr_running:
            return name + '(...)'
        _repr_running.add(ident)
        try:
            items = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(ident)
        return '%s(%s)' % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # Only reached when the attribute is missing: CPython names the type
        # 'types.SimpleNamespace' in this message.
        tn = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{tn}' object has no attribute {name!r}")

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, '__mro_entries__', None)
        if mro_entries is None:
            continue
        new_base = mro_entries(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def _most_derived_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) as the class statement would compute them."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class _GeneratorWrapper:
    """Makes a generator awaitable: what types.coroutine wraps generator results in."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Convert a regular generator function into a coroutine function (its results can be
    awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        # coil cannot flag an existing code object as an iterable coroutine (CPython's
        # co_flags |= CO_ITERABLE_COROUTINE), so generator results are wrapped instead.

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        if (hasattr(coro, '__next__') and hasattr(coro, 'send') and hasattr(coro, 'throw')
                and hasattr(coro, 'close') and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    try:
        wrapped.__dict__.update(func.__dict__)
    except AttributeError:
        pass
    wrapped.__wrapped__ = func
    return wrapped
