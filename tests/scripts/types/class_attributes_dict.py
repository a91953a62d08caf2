class A:
    x = 1
    def m(self): pass
a = A()
print("x" in A.__dict__, "x" in a.__dict__, a.__dict__)
a.x = 2
print(a.__dict__, A.x, a.x)
del a.x
print(a.x)
print(A.__name__, A.__module__, a.__module__)
print(type(A).__name__, type(type).__name__, isinstance(A, type))
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta).__name__, isinstance(WithMeta, Meta))
print(A.__bases__, object.__bases__, A.__base__ if hasattr(A, "__base__") else object)
print(sorted(k for k in vars(A) if not k.startswith("__")))
