# inspect's predicates as frameworks use them to tell callables apart.
import inspect


def plain(x):
    return x


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Service:
    """A service.

        Indented detail line.
    """

    def method(self):
        pass

    async def amethod(self):
        pass

    @staticmethod
    def smethod():
        pass

    @classmethod
    def cmethod(cls):
        pass


for name, obj in [("plain", plain), ("gen", gen), ("coro", coro), ("agen", agen),
                  ("Service", Service), ("method", Service().method),
                  ("amethod", Service().amethod), ("Service.method", Service.method),
                  ("len", len), ("lambda", lambda: 0), ("int", 1)]:
    print(f"{name:15}", inspect.isfunction(obj), inspect.ismethod(obj), inspect.isclass(obj),
          inspect.isgeneratorfunction(obj), inspect.iscoroutinefunction(obj),
          inspect.isasyncgenfunction(obj), inspect.isbuiltin(obj), inspect.isroutine(obj))

g = gen()
c = coro()
a = agen()
print(inspect.isgenerator(g), inspect.isgenerator(c), inspect.iscoroutine(c), inspect.iscoroutine(g))
print(inspect.isawaitable(c), inspect.isawaitable(g), inspect.isasyncgen(a), inspect.isawaitable(5))
c.close()


class Awaitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Awaitable()), inspect.ismodule(inspect), inspect.ismodule(Service))
print(inspect.getmro(bool))
print(inspect.getdoc(Service))
print(repr(inspect.cleandoc("  first\n      second\n    third\n")))
print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])


def deco(f):
    def wrapper(*a):
        return f(*a)
    wrapper.__wrapped__ = f
    return wrapper


print(inspect.unwrap(deco(deco(plain))) is plain)
