"""The predicates of CPython's inspect module (isfunction, iscoroutinefunction, isawaitable,
...) plus getmembers, getmro, unwrap, getdoc and cleandoc. No signature(): coil keeps no
parameter metadata beyond what functions expose."""

import types

__all__ = ['isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
           'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor',
           'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
           'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
           'ismodule', 'isroutine', 'istraceback', 'getmembers', 'getmro', 'unwrap',
           'getdoc', 'cleandoc', 'CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS',
           'CO_VARKEYWORDS', 'CO_NESTED', 'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE',
           'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method (a bound method)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but no __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _unwrap_callable(f):
    # Bound methods and functools.partial objects report the flags of what they wrap.
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        partial_type = _partial_type()
        if partial_type is not None and isinstance(f, partial_type):
            f = f.func
            continue
        return f


def _partial_type():
    import sys
    functools = sys.modules.get('functools')
    return getattr(functools, 'partial', None) if functools is not None else None


def _has_code_flag(f, flag):
    f = _unwrap_callable(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a generator function (a def containing yield)."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types._GeneratorWrapper)
            or hasattr(type(object), '__await__'))


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isabstract(object):
    """Return true if the object is an abstract base class (has abstract methods)."""
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def getmro(cls):
    """Return the class's method resolution order as a tuple."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all (name, value) members of an object, sorted by name, optionally only
    those for which predicate(value) is true."""
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        # Attributes found through the metaclass are not members; those in the class's
        # own namespaces are, even when dir() does not list them.
        for base in object.__mro__:
            for key in base.__dict__:
                if key not in names:
                    names.append(key)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            found = False
            if isclass(object):
                for base in object.__mro__:
                    if key in base.__dict__:
                        value = base.__dict__[key]
                        found = True
                        break
            if not found:
                continue
        if predicate is None or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain from func and return the last object in it."""
    f = func
    seen = {id(f)}
    limit = 1000
    while hasattr(f, '__wrapped__') and (stop is None or not stop(f)):
        f = f.__wrapped__
        ident = id(f)
        if ident in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(ident)
    return f


def cleandoc(doc):
    """Clean up a docstring: expand tabs, remove the common indentation of the lines after
    the first, and drop leading and trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring, cleaned up with cleandoc (inherited from classes when the
    object has none of its own)."""
    doc = getattr(object, '__doc__', None)
    if doc is None and not isinstance(object, type):
        cls = type(object) if not (isfunction(object) or ismethod(object)) else None
        if cls is not None:
            doc = getattr(cls, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
