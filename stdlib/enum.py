"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, following CPython
3.11's reprs, str()/format() rules and messages (the functional API takes names as a
string, a list of names or (name, value) pairs, or a mapping)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'FlagBoundary', 'global_enum', 'verify', 'property']

_builtin_property = property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # coil runs a class body on a plain dict (no _EnumDict.__setitem__ hook), so an auto()
    # is still unresolved when later lines of the body use it (WHITE = RED | GREEN):
    # operators build a _Deferred that is computed once the autos have their values.
    def __or__(self, other):
        return _Deferred(_op_or, self, other)

    def __ror__(self, other):
        return _Deferred(_op_or, other, self)

    def __and__(self, other):
        return _Deferred(_op_and, self, other)

    def __rand__(self, other):
        return _Deferred(_op_and, other, self)

    def __xor__(self, other):
        return _Deferred(_op_xor, self, other)

    def __rxor__(self, other):
        return _Deferred(_op_xor, other, self)

    def __add__(self, other):
        return _Deferred(_op_add, self, other)

    def __radd__(self, other):
        return _Deferred(_op_add, other, self)


def _op_or(a, b):
    return a | b


def _op_and(a, b):
    return a & b


def _op_xor(a, b):
    return a ^ b


def _op_add(a, b):
    return a + b


class _Deferred(auto):
    """An expression over auto() values, computed when the enum class is built."""

    def __init__(self, op, left, right):
        super().__init__()
        self._op = op
        self._left = left
        self._right = right

    def resolve(self):
        left = self._left.resolve() if isinstance(self._left, _Deferred) else self._left
        right = self._right.resolve() if isinstance(self._right, _Deferred) else self._right
        if isinstance(left, auto):
            left = left.value
        if isinstance(right, auto):
            right = right.value
        if left is _auto_null or right is _auto_null:
            raise TypeError('auto() value used before it was assigned')
        return self._op(left, right)


property = _builtin_property   # enum.property: members' name/value use a plain property


def _scan_members(cls_name, classdict, gnv):
    """The member names of an enum class body in definition order, with auto() values
    resolved in classdict. Done after the body ran (not in a __setitem__ hook), so it
    works with any namespace mapping."""
    ignore = classdict.get('_ignore_', ())
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    names = []
    last_values = []
    gnv = classdict.get('_generate_next_value_', gnv)
    if isinstance(gnv, staticmethod):
        gnv = gnv.__func__
    for key in list(classdict):
        value = classdict[key]
        if _is_private(cls_name, key) or _is_dunder(key):
            continue
        if _is_sunder(key):
            if key not in _ALLOWED_SUNDER:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            continue
        if key in ignore or isinstance(value, type) or _is_descriptor(value):
            continue
        if isinstance(value, _Deferred):
            value = value.resolve()
        elif isinstance(value, auto):
            value = _resolve_auto(value, gnv, key, len(names), last_values)
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(_resolve_auto(v, gnv, key, len(names), last_values)
                          if isinstance(v, auto) else v for v in value)
        classdict[key] = value
        names.append(key)
        last_values.append(value)
    return names


_ALLOWED_SUNDER = ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                   '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                   '_iter_member_by_def_', '_value_', '_name_', '_simple_')


def _resolve_auto(a, gnv, key, count, last_values):
    if a.value is _auto_null:
        a.value = gnv(key, 1, count, last_values[:])
    return a.value


def _bin(num, max_bits=None):
    # Two's-complement style binary with a sign group, as CPython's enum error messages
    # print it: 9 -> '0b0 1001'.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class FlagBoundary:
    """How Flag handles values with bits outside the defined flags."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self._name, self._name.lower())

    def __str__(self):
        return 'FlagBoundary.%s' % self._name


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')

Enum = None        # defined below; EnumType checks for it while Enum itself is created
ReprEnum = None
Flag = None


def _find_data_type(bases):
    # The first non-enum base that actually stores data (int, str, ...), or object.
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if Enum is not None and isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ or base in (int, str, float, tuple, bytes):
                return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        if Enum is not None and bases:
            first_enum = _first_enum(bases)
            if first_enum._member_names_:
                raise TypeError('%s: cannot extend enumeration %r'
                                % (cls, first_enum.__name__))
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ns = dict(classdict)
        if Enum is None:
            # Creating Enum itself.
            enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
            for attr, value in (('_member_names_', []), ('_member_map_', {}),
                                ('_value2member_map_', {}), ('_unhashable_values_', []),
                                ('_member_type_', object), ('_new_member_', object.__new__)):
                type.__setattr__(enum_class, attr, value)
            return enum_class

        first_enum = _first_enum(bases)
        gnv = getattr(first_enum, '_generate_next_value_', None) or Enum._generate_next_value_
        names = _scan_members(cls, ns, gnv)
        member_values = {}
        for name in names:
            member_values[name] = ns.pop(name)
        ns.pop('_order_', None)
        ignore = ns.pop('_ignore_', None)
        if ignore is not None:
            if isinstance(ignore, str):
                ignore = ignore.replace(',', ' ').split()
            for name in ignore:
                ns.pop(name, None)

        member_type = _find_data_type(bases)

        # How members are created: a __new__ from the class body, else the data type's.
        new_member = ns.pop('__new__', None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            new_member = first_enum.__dict__.get('__new_member__')
            if new_member is None:
                for base in (member_type, first_enum):
                    for klass in base.__mro__:
                        if klass is object:
                            continue
                        candidate = klass.__dict__.get('__new_member__')
                        if candidate is None and not isinstance(klass, EnumType):
                            candidate = klass.__dict__.get('__new__')
                        if candidate is not None:
                            new_member = candidate
                            break
                    if new_member is not None:
                        break
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            if new_member is None:
                new_member = object.__new__
        else:
            ns['__new_member__'] = staticmethod(new_member)
        use_args = new_member is not object.__new__
        ns['__new__'] = Enum.__dict__['__new__']

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        setattr_ = type.__setattr__

        # repr() and friends must be the enum's, not the data type's (int.__repr__ comes
        # first in IntEnum's MRO) ...
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in ns:
                continue
            owner = object
            for klass in enum_class.__mro__:
                if name in klass.__dict__:
                    owner = klass
                    break
            if owner is object or (not isinstance(owner, EnumType)
                                   and owner in member_type.__mro__):
                setattr_(enum_class, name, getattr(first_enum, name))
        # ... except that ReprEnum (IntEnum, StrEnum, IntFlag) leaves str() and format()
        # to the data type.
        is_repr_enum = ReprEnum is not None and any(
            issubclass(b, ReprEnum) for b in bases if isinstance(b, EnumType))
        if is_repr_enum and member_type is not object:
            if '__format__' not in ns:
                setattr_(enum_class, '__format__', member_type.__format__)
            if '__str__' not in ns:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                setattr_(enum_class, '__str__', method)
        setattr_(enum_class, '_member_names_', [])
        setattr_(enum_class, '_member_map_', {})
        setattr_(enum_class, '_value2member_map_', {})
        setattr_(enum_class, '_unhashable_values_', [])
        setattr_(enum_class, '_member_type_', member_type)
        setattr_(enum_class, '_new_member_', new_member)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None) or STRICT
            setattr_(enum_class, '_boundary_', boundary)

        for name in names:
            value = member_values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                member = new_member(enum_class)
            else:
                member = new_member(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception:
                        member._value_ = value
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)

            # An equal value makes this name an alias of the earlier member.
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for other in enum_class._member_map_.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not None:
                member = canonical
            elif is_flag and isinstance(value, int) and value and value & (value - 1):
                pass   # a multi-bit alias: a named member, but not canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            setattr_(enum_class, name, member)

        if is_flag:
            mask = 0
            for member in enum_class._member_map_.values():
                if isinstance(member._value_, int):
                    mask |= member._value_
            setattr_(enum_class, '_flag_mask_', mask)
            setattr_(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        first_enum = _first_enum(bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            gnv = getattr(first_enum, '_generate_next_value_', None) or Enum._generate_next_value_
            for count, name in enumerate(original):
                value = gnv(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    Access members by attribute (Color.RED), by value (Color(1)) or by name
    (Color['RED'])."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given (start, then the largest value + 1)."""
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1]
        except TypeError:
            last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in self.__class__.__mro__:
            for k, v in cls.__dict__.items():
                if k[0] != '_' and k not in self._member_map_ and k not in names:
                    names.append(k)
        return sorted(names)

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value: the next power of two above the largest so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        else:
            neg_value = None
        extra = value & ~flag_mask
        if extra and cls._boundary_ is STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
        if extra and cls._boundary_ is CONFORM:
            value &= flag_mask
            extra = 0
        if extra and cls._boundary_ is EJECT:
            return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        known = value & flag_mask
        if known or extra:
            parts = [m._name_ for m in cls._iter_members(known)]
            if extra:
                parts.append(hex(extra) if False else str(extra))
            pseudo._name_ = '|'.join(parts)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    @classmethod
    def _iter_members(cls, value):
        # The canonical (single-bit) members whose bits are in value, in definition order.
        for name in cls._member_names_:
            member = cls._member_map_[name]
            v = member._value_
            if v and v & value == v:
                yield member

    def __iter__(self):
        return self.__class__._iter_members(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""
    # int's operators come first in the MRO; the flag versions must win.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Decorator: export the enum's members into the module namespace (not supported by
    coil: the module is not reachable from here), returns cls unchanged."""
    return cls


def verify(*checks):
    """Decorator factory accepted for compatibility; performs no checks."""
    def decorate(enumeration):
        return enumeration
    return decorate
