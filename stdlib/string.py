"""String constants (ascii_letters, digits, punctuation, ...), capwords, and a small
Template ($name substitution) with CPython 3.11's behaviour and messages."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each, and join them with sep (a
    single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_IDENT_START = ascii_letters + '_'
_IDENT_REST = _IDENT_START + digits


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for a literal $."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        text = self.template[:i]
        lines = text.splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                if end < n and t[end] in _IDENT_START:
                    end += 1
                    while end < n and t[end] in _IDENT_REST:
                        end += 1
                    if end < n and t[end] == '}':
                        name = t[k + 1:end]
                        out.append(self._lookup(mapping, name, safe, t[j:end + 1]))
                        i = end + 1
                        continue
                if safe:
                    out.append(d)
                    i = k
                    continue
                self._invalid(j)
            if k < n and t[k] in _IDENT_START:
                end = k + 1
                while end < n and t[end] in _IDENT_REST:
                    end += 1
                out.append(self._lookup(mapping, t[k:end], safe, t[j:end]))
                i = end
                continue
            if safe:
                out.append(d)
                i = k
                continue
            self._invalid(j)
        return ''.join(out)

    @staticmethod
    def _lookup(mapping, name, safe, original):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while True:
            j = t.find(d, i)
            if j < 0:
                return ids
            k = j + len(d)
            if t.startswith(d, k):
                i = k + len(d)
                continue
            brace = k < n and t[k] == '{'
            start = k + 1 if brace else k
            end = start
            if end < n and t[end] in _IDENT_START:
                end += 1
                while end < n and t[end] in _IDENT_REST:
                    end += 1
                if not brace or (end < n and t[end] == '}'):
                    name = t[start:end]
                    if name not in ids:
                        ids.append(name)
                    i = end + 1 if brace else end
                    continue
            i = k

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True


class _AnyMapping:
    def __getitem__(self, key):
        return ''


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _ChainLookup(kws, mapping)


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
