class Countdown:
    def __init__(self, start): self.n = start
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("for", x)
class Repeat:
    def __init__(self, v, times): self.v = v; self.times = times
    def __iter__(self):
        for _ in range(self.times):
            yield self.v
r = Repeat("x", 3)
print(list(r), list(r), "x" in r, sum(1 for _ in r))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "default"))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), [v for v in Seq()])
a, b, *c = Countdown(5)
print(a, b, c)
print(dict(zip(Countdown(3), "abc")), max(Countdown(4)), sorted(Countdown(3)))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
