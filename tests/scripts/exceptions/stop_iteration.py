it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"), next(iter([]), None))
def g():
    yield 1
    return "ret"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(repr(e), e.value, e.args)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("custom")
print(list(It()))
try:
    next(It())
except StopIteration as e:
    print(e.value)
try:
    next([1, 2])
except TypeError as e:
    print(e)
