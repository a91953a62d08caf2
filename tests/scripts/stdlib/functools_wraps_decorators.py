# Decorators written with functools.wraps keep the wrapped function's identity.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


@repeat(3)
@logged
def greet(name):
    return "hi " + name


print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)
print(greet("bob"))
print(greet.__name__, greet.__wrapped__.__name__, greet.__wrapped__.__wrapped__.__name__)


def deco_with_attrs(func):
    func.calls = 0
    return func


@deco_with_attrs
def counted():
    pass


def wrapper():
    pass


functools.update_wrapper(wrapper, counted)
print(wrapper.__name__, wrapper.calls, wrapper.__wrapped__ is counted)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Timer:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args):
        return self.func(*args)


@Timer
def mul(a, b):
    "Multiply."
    return a * b


print(mul(6, 7), mul.__name__, mul.__doc__)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(5), describe([1, 2]), describe("s"), describe(True))
