print(type(1), type("a"), type([]), type(None), type(len), type(type))
print(int, str, list, dict, object, type)
class C: pass
print(C.__name__, type(C()).__name__, str(C).startswith("<class '__main__.C'"))
print(repr(int), repr(type(None)), type(print).__name__, type(lambda: 0).__name__)
def gen(): yield
print(type(gen()).__name__, type(iter([])).__name__, type(iter(range(0))).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(1.0).__name__, type(0).__name__, type(b"").__name__, type(...).__name__)
print(type(NotImplemented).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)
print(isinstance(int, type), isinstance(C, type), issubclass(type, object), isinstance(object, type))
