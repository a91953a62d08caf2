"""collections.deque: a double-ended queue with O(1) appends and pops at both ends.

Stored as two Python lists back to back: _front holds the left part reversed (its last
item is the leftmost element) and _back the right part in order, so every end operation
is one native list.append/list.pop. When the side being popped is empty, half of the
other side moves over (amortised O(1))."""

_sentinel = object()
_repr_running = set()


def _as_index(i):
    if type(i) is int:
        return i
    method = getattr(type(i), '__index__', None)
    if method is None:
        raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
    return method(i)


def _as_int(n):
    if type(n) is int:
        return n
    method = getattr(type(n), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return method(n)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""
    __slots__ = ('_front', '_back', '_maxlen')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if type(maxlen) is not int:
                if not hasattr(type(maxlen), '__index__'):
                    raise TypeError('an integer is required')
                maxlen = _as_int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._front = []
        self._back = []
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _rebalance_to_back(self):
        # _back is empty: move the right half of _front over.
        front = self._front
        keep = len(front) >> 1
        moved = front[:len(front) - keep]
        moved.reverse()
        self._back = moved
        self._front = front[len(front) - keep:]

    def _rebalance_to_front(self):
        # _front is empty: move the left half of _back over.
        back = self._back
        take = (len(back) + 1) >> 1
        moved = back[:take]
        moved.reverse()
        self._front = moved
        self._back = back[take:]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._back.append(x)
        m = self._maxlen
        if m is not None and len(self._front) + len(self._back) > m:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._front.append(x)
        m = self._maxlen
        if m is not None and len(self._front) + len(self._back) > m:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        back = self._back
        if back:
            return back.pop()
        if not self._front:
            raise IndexError('pop from an empty deque')
        self._rebalance_to_back()
        return self._back.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        front = self._front
        if front:
            return front.pop()
        if not self._back:
            raise IndexError('pop from an empty deque')
        self._rebalance_to_front()
        return self._front.pop()

    def _trim_left(self):
        m = self._maxlen
        excess = len(self._front) + len(self._back) - m
        if excess > 0:
            items = self._items()
            self._front = []
            self._back = items[excess:]

    def _trim_right(self):
        m = self._maxlen
        excess = len(self._front) + len(self._back) - m
        if excess > 0:
            items = self._items()
            self._front = []
            self._back = items[:len(items) - excess]

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        self._back.extend(iterable)
        if self._maxlen is not None:
            self._trim_left()

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        self._front.extend(iterable)
        if self._maxlen is not None:
            self._trim_right()

    def _items(self):
        # The elements left to right as a new list.
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def clear(self):
        """Remove all elements from the deque."""
        self._front = []
        self._back = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for item in self._items():
            if item is value or item == value:
                n += 1
        return n

    def index(self, value, start=0, stop=_sentinel):
        """Return first index of value (ValueError if it is not present)."""
        items = self._items()
        n = len(items)
        start = _as_int(start)
        if start < 0:
            start = max(start + n, 0)
        if stop is _sentinel:
            stop = n
        else:
            stop = _as_int(stop)
            if stop < 0:
                stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            item = items[i]
            if item is value or item == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        m = self._maxlen
        if m is not None and len(self._front) + len(self._back) >= m:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(_as_int(index), value)
        self._front = []
        self._back = items

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self._front = []
                self._back = items
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._front, self._back = self._back, self._front

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1). If n is negative,
        rotates left."""
        n = _as_int(n)
        size = len(self._front) + len(self._back)
        if size <= 1:
            return
        k = n % size
        if k == 0:
            return
        if k > size >> 1:
            k -= size
        if -32 < k < 32:
            if k > 0:
                for _ in range(k):
                    self.appendleft(self.pop())
            else:
                for _ in range(-k):
                    self.append(self.popleft())
            return
        items = self._items()
        cut = size - k if k > 0 else -k
        rotated = items[cut:]
        rotated.extend(items[:cut])
        self._front = []
        self._back = rotated

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def __contains__(self, value):
        return value in self._front or value in self._back

    def __getitem__(self, i):
        if type(i) is not int:
            i = _as_index(i)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
            if i < 0:
                raise IndexError('deque index out of range')
        if i < nf:
            return front[nf - 1 - i]
        i -= nf
        back = self._back
        if i < len(back):
            return back[i]
        raise IndexError('deque index out of range')

    def __setitem__(self, i, value):
        if type(i) is not int:
            i = _as_index(i)
        front = self._front
        nf = len(front)
        if i < 0:
            i += nf + len(self._back)
            if i < 0:
                raise IndexError('deque index out of range')
        if i < nf:
            front[nf - 1 - i] = value
            return
        i -= nf
        back = self._back
        if i < len(back):
            back[i] = value
            return
        raise IndexError('deque index out of range')

    def __delitem__(self, i):
        if type(i) is not int:
            i = _as_index(i)
        items = self._items()
        n = len(items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        del items[i]
        self._front = []
        self._back = items

    def __iter__(self):
        front = self._front
        back = self._back
        n = len(front) + len(back)
        i = len(front) - 1
        while i >= 0:
            yield front[i]
            if self._front is not front or len(front) + len(self._back) != n:
                raise RuntimeError('deque mutated during iteration')
            i -= 1
        i = 0
        while i < len(back):
            yield back[i]
            if self._back is not back or len(self._front) + len(back) != n:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        if self._back is not back or len(self._front) + len(back) != n:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        front = self._front
        back = self._back
        n = len(front) + len(back)
        i = len(back) - 1
        while i >= 0:
            yield back[i]
            if self._back is not back or len(self._front) + len(back) != n:
                raise RuntimeError('deque mutated during iteration')
            i -= 1
        i = 0
        while i < len(front):
            yield front[i]
            if self._front is not front or len(front) + len(self._back) != n:
                raise RuntimeError('deque mutated during iteration')
            i += 1

    def __repr__(self):
        ident = id(self)
        if ident in _repr_running:
            return '[...]'
        _repr_running.add(ident)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(ident)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _compare(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = type(self)(self._items(), self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        new._back = self._items() * _as_int(n)
        if self._maxlen is not None:
            new._trim_left()
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        self._back = self._items() * _as_int(n)
        self._front = []
        if self._maxlen is not None:
            self._trim_left()
        return self

    def __reduce__(self):
        return type(self), (self._items(), self._maxlen)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


deque.__module__ = 'collections'
