"""Iterator building blocks (CPython 3.11's itertools, without batched): infinite
iterators, terminating iterators and combinatoric generators. Arguments are checked when
the iterator is created, as CPython does; the iteration itself runs in a generator."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = (1 << 63) - 1


def _index(n, what):
    if type(n) is int:
        return n
    method = getattr(type(n), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return method(n)


# ---- infinite iterators ----------------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values:
    count(start=0, step=1) yields start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')
                    or t.__name__ == "complex"):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return f'{name}({self._n!r})'
        return f'{name}({self._n!r}, {self._step!r})'

    def __reduce__(self):
        return type(self), (self._n, self._step)


def cycle(iterable, /):
    """Return elements from the iterable until it is exhausted, then repeat the
    sequence indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the
    specified number of times.  If not specified, returns the object endlessly."""
    __slots__ = ('_obj', '_left')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            times = _index(times, 'times')
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left < 0:
            return self._obj
        if left == 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left < 0:
            return f'{name}({self._obj!r})'
        return f'{name}({self._obj!r}, {self._left})'

    def __reduce__(self):
        if self._left < 0:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._left)


# ---- iterators terminating on the shortest input -----------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the first
    iterable until it is exhausted, then elements from the next iterable, until all of
    the iterables are exhausted."""
    return _chain(iterables)


def _chain_from_iterable(iterable, /):
    """Alternative chain() constructor taking a single iterable argument that evaluates
    lazily."""
    return _chain(iter(iterable))


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true. Afterwards, return
    every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false. If function is
    None, return the items that are false."""
    it = iter(iterable)
    if function is None:
        return (x for x in it if not x)
    return (x for x in it if not function(x))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable:
    groupby(iterable, key=None). A group is only valid until the next group is asked
    for, as they share the underlying iterator."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _sentinel
        self._current_grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        keyfunc = self._keyfunc
        self._currkey = value if keyfunc is None else keyfunc(value)

    def __next__(self):
        self._current_grouper = None
        # Skip whatever is left of the current group.
        while True:
            if self._currkey is _sentinel:
                pass
            elif self._tgtkey is _sentinel:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        marker = object()
        self._current_grouper = marker
        return self._currkey, self._grouper(self._tgtkey, marker)

    def _grouper(self, tgtkey, marker):
        # Stops as soon as the parent groupby moves on to another group.
        while self._current_grouper is marker:
            if self._currvalue is _sentinel:
                try:
                    self._step()
                except StopIteration:
                    return
            if not (tgtkey == self._currkey):
                return
            value = self._currvalue
            self._currvalue = _sentinel
            yield value


_sentinel = object()


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an iterable."""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {nargs + 1}')
    if nargs == 1:
        start_arg, stop_arg, step_arg = None, args[0], None
    else:
        start_arg, stop_arg = args[0], args[1]
        step_arg = args[2] if nargs == 3 else None
    # The checks and their order are CPython's: an unconvertible value counts as -1, and
    # a stop of exactly -1 gets its own message.
    start = 0 if start_arg is None else _as_ssize(start_arg)
    stop = None
    if stop_arg is not None:
        stop = _as_ssize(stop_arg)
        if stop == -1:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if start < 0 or (stop is not None and stop < -1):
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    step = 1 if step_arg is None else _as_ssize(step_arg)
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _as_ssize(v):
    # PyNumber_AsSsize_t with clipping: -1 when v is not an integer.
    if type(v) is not int:
        method = getattr(type(v), '__index__', None)
        if method is None:
            return -1
        v = method(v)
    if v > _MAXSIZE:
        return _MAXSIZE
    return v


def _islice(it, start, stop, step):
    # Mirrors CPython's consumption exactly: items up to the next wanted index are read
    # and dropped, and reading stops as soon as the stop index is reached.
    if stop is None:
        stop = -1
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    link = [None, None]   # [value, next link]: a singly linked buffer shared by the copies
    return tuple(_tee(it, link) for _ in range(n))


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = [value, None]
            link[1] = nxt
        link = nxt
        yield nxt[0]


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where the
    i-th element comes from the i-th iterable argument, with missing values filled in
    with fillvalue, until the longest iterable is exhausted."""
    iterators = [iter(it) for it in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator:
    s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


# ---- combinatoric iterators --------------------------------------------------------------

def product(*iterables, repeat=1):
    """Cartesian product of input iterables. Equivalent to nested for-loops."""
    repeat = _index(repeat, 'repeat')
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    # An odometer over all wheels but the last; the last (fastest) wheel is a plain loop.
    last_pool = pools[-1]
    head = pools[:-1]
    indices = [0] * (n - 1)
    current = [pool[0] for pool in head]
    while True:
        prefix = tuple(current)
        for y in last_pool:
            yield prefix + (y,)
        i = n - 2
        while i >= 0:
            pool = head[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                current[i] = pool[j]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _index(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one and reset this position's counter.
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    r = _index(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""
    pool = tuple(iterable)
    r = _index(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
