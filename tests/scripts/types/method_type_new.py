# Calling the method type binds a function to an instance: types.MethodType(f, obj).
import types


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name


def greet(self, greeting="hi"):
    return greeting + " " + self.name


o = Obj("bob")
m = types.MethodType(greet, o)
print(m(), m("yo"), m.__self__ is o, m.__func__ is greet)
print(type(m) is type(o.hello), type(m).__name__)
m2 = type(o.hello)(greet, o)
print(m2(greeting="hey"))
o.greet = types.MethodType(greet, o)
print(o.greet())
print(types.MethodType(len, [1, 2, 3])())
print(types.MethodType(lambda self, x: (self, x), 5)(6))


class Callable:
    def __call__(self, owner, *args):
        return ("called", owner.name, args)


print(types.MethodType(Callable(), o)(1, 2))
print(repr(m).startswith("<bound method greet of <__main__.Obj object at "))
for args in [(greet,), (greet, None), (3, o), (greet, o, 1)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
try:
    types.MethodType(greet, o, extra=1)
except TypeError as e:
    print(e)
