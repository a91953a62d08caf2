# types.SimpleNamespace as a lightweight record, and the type names of real objects.
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
print(cfg)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug)
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
print(cfg == types.SimpleNamespace(host="localhost"))
del cfg.debug
print(vars(cfg))
print(repr(types.SimpleNamespace()))

node = types.SimpleNamespace(value=1)
node.next = node
print(node)

class Config(types.SimpleNamespace):
    pass

print(Config(a=1, b=[1, 2]))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(type(cfg).__hash__ is None)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)


def f():
    pass


def g():
    yield 1


async def c():
    pass


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType))
co.close()
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(types, types.ModuleType), isinstance(None, types.NoneType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__)
print(types.MethodType.__name__, types.ModuleType.__name__, types.NoneType)
print(type(NotImplemented) is types.NotImplementedType, type(...) is types.EllipsisType)
m = types.ModuleType("plugin")
m.answer = 42
print(m.__name__, m.answer)
