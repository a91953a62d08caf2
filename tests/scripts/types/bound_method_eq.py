# Bound methods are equal when __self__ is the same object and __func__ is equal.
class A:
    def f(self):
        return 1

    def g(self):
        return 2

    @classmethod
    def c(cls):
        return cls


class Eq:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def f(self):
        pass


a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f is a.f, a.f == b.f, a.f == a.g, A.c == A.c)
print(hash(a.f) == hash(a.f), {a.f: "x"}[a.f], len({a.f, a.f, b.f}))
e1, e2 = Eq(), Eq()
print(e1 == e2, e1.f == e2.f, e1.f == e1.f)   # self compared by identity
m = a.f
print(m == a.f, m.__self__ is a, m.__func__ is A.f, A.f == A.f)
l = [1]
print(l.append == l.append, l.append == [1].append, hash(l.append) == hash(l.append))
print(a.f == 1, a.f.__eq__(1), a.f.__eq__(a.f), a.f.__ne__(b.f))
