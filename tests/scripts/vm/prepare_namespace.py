# A metaclass __prepare__ returning a dict subclass: the class body stores, loads and
# deletes names through its __setitem__/__getitem__/__delitem__.
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v if not callable(v) else "<fn>")
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return D()
class A(metaclass=Meta):
    x = 1
    y = x + 1
    def f(self): return 1
    del y
    print(len)
    try:
        del zz
    except NameError as e:
        print("NameError", e)
    try:
        print(qq)
    except NameError as e:
        print("NameError", e)
print(A.x, hasattr(A, 'y'))
