def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(1) for f in make_adders()])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
def attrs():
    pass
attrs.custom = "attr on function"
print(attrs.custom, attrs.__name__, attrs.__qualname__)
def o():
    def i(): pass
    return i
print(o().__qualname__)
