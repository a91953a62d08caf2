# typing's abstract collection types (coil has no collections.abc) and their generic aliases:
# Iterable, Mapping, List, Dict, Callable, Tuple … typing re-exports every name here.
import collections
from abc import ABCMeta, abstractmethod

from _typing_generics import _CallableType, _SpecialGenericAlias, _TupleType

__name__ = 'typing'  # these belong to typing: see _typing_forms


# ---- the abstract collection types (collections.abc's, which coil lacks) ----------------------

def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _make_abc(name, methods, bases=(), hook=True):
    ns = {'__module__': 'collections.abc', '__qualname__': name, '__slots__': ()}
    for m in methods:
        def _abstract(self, *args, **kwargs):
            raise NotImplementedError
        _abstract.__name__ = m
        ns[m] = abstractmethod(_abstract)
    cls = ABCMeta(name, bases, ns)
    if hook:
        def __subclasshook__(klass, C):
            if klass is cls:
                return _check_methods(C, *methods)
            return NotImplemented
        cls.__subclasshook__ = classmethod(__subclasshook__)
    return cls


class _abc:
    """Namespace of the ABCs (origins of typing.Iterable …)."""


_abc.Hashable = _make_abc('Hashable', ('__hash__',))
_abc.Awaitable = _make_abc('Awaitable', ('__await__',))
_abc.Coroutine = _make_abc('Coroutine', ('send', 'throw', 'close'), (_abc.Awaitable,))
_abc.Coroutine.__subclasshook__ = classmethod(
    lambda k, C: _check_methods(C, '__await__', 'send', 'throw', 'close') if k is _abc.Coroutine
    else NotImplemented)
_abc.AsyncIterable = _make_abc('AsyncIterable', ('__aiter__',))
_abc.AsyncIterator = _make_abc('AsyncIterator', ('__anext__',), (_abc.AsyncIterable,))
_abc.AsyncIterator.__subclasshook__ = classmethod(
    lambda k, C: _check_methods(C, '__anext__', '__aiter__') if k is _abc.AsyncIterator
    else NotImplemented)
_abc.AsyncGenerator = _make_abc('AsyncGenerator', ('asend', 'athrow'), (_abc.AsyncIterator,), hook=False)
_abc.Iterable = _make_abc('Iterable', ('__iter__',))
_abc.Iterator = _make_abc('Iterator', ('__next__',), (_abc.Iterable,))
_abc.Iterator.__subclasshook__ = classmethod(
    lambda k, C: _check_methods(C, '__iter__', '__next__') if k is _abc.Iterator else NotImplemented)
_abc.Reversible = _make_abc('Reversible', ('__reversed__',), (_abc.Iterable,))
_abc.Generator = _make_abc('Generator', ('send', 'throw'), (_abc.Iterator,))
_abc.Generator.__subclasshook__ = classmethod(
    lambda k, C: _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')
    if k is _abc.Generator else NotImplemented)
_abc.Sized = _make_abc('Sized', ('__len__',))
_abc.Container = _make_abc('Container', ('__contains__',))
_abc.Collection = _make_abc('Collection', (), (_abc.Sized, _abc.Iterable, _abc.Container))
_abc.Collection.__subclasshook__ = classmethod(
    lambda k, C: _check_methods(C, '__len__', '__iter__', '__contains__') if k is _abc.Collection
    else NotImplemented)
_abc.Callable = _make_abc('Callable', ('__call__',))
_abc.Sequence = _make_abc('Sequence', ('__getitem__', '__len__'), (_abc.Reversible, _abc.Collection), hook=False)
_abc.MutableSequence = _make_abc('MutableSequence', ('__setitem__', '__delitem__', 'insert'),
                                 (_abc.Sequence,), hook=False)
_abc.ByteString = _make_abc('ByteString', (), (_abc.Sequence,), hook=False)
_abc.Set = _make_abc('Set', (), (_abc.Collection,), hook=False)
_abc.MutableSet = _make_abc('MutableSet', ('add', 'discard'), (_abc.Set,), hook=False)
_abc.Mapping = _make_abc('Mapping', ('__getitem__',), (_abc.Collection,), hook=False)
_abc.MutableMapping = _make_abc('MutableMapping', ('__setitem__', '__delitem__'), (_abc.Mapping,), hook=False)
_abc.MappingView = _make_abc('MappingView', (), (_abc.Sized,), hook=False)
_abc.KeysView = _make_abc('KeysView', (), (_abc.MappingView, _abc.Set), hook=False)
_abc.ItemsView = _make_abc('ItemsView', (), (_abc.MappingView, _abc.Set), hook=False)
_abc.ValuesView = _make_abc('ValuesView', (), (_abc.MappingView, _abc.Collection), hook=False)
for _t in (tuple, str, range):
    _abc.Sequence.register(_t)
for _t in (bytes, bytearray):
    _abc.ByteString.register(_t)
_abc.MutableSequence.register(list)
_abc.MutableSequence.register(bytearray)
_abc.Set.register(frozenset)
_abc.MutableSet.register(set)
_abc.MutableMapping.register(dict)
_abc.KeysView.register(type({}.keys()))
_abc.ItemsView.register(type({}.items()))
_abc.ValuesView.register(type({}.values()))
_abc.MutableSequence.register(collections.deque)
del _t


class _AbstractContextManager(metaclass=ABCMeta):
    __module__ = 'contextlib'

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class _AbstractAsyncContextManager(metaclass=ABCMeta):
    __module__ = 'contextlib'

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


_AbstractContextManager.__qualname__ = _AbstractContextManager.__name__ = 'AbstractContextManager'
_AbstractAsyncContextManager.__qualname__ = _AbstractAsyncContextManager.__name__ = 'AbstractAsyncContextManager'

_alias = _SpecialGenericAlias

Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
ContextManager = _alias(_AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(_AbstractAsyncContextManager, 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')

del _alias
