class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.kind}:{self.name}"
class Derived(Base):
    kind = "derived"
    def describe(self):
        return "D(" + super().describe() + ")"
b = Base("b"); d = Derived("d")
print(b.describe(), d.describe())
print(isinstance(d, Base), issubclass(Derived, Base), Derived.__bases__[0].__name__)
print(Derived.__name__, Derived.__qualname__, type(d).__name__)
class Empty: pass
e = Empty(); e.x = 1
print(e.x, vars(e))
class WithDoc:
    "the docstring"
print(WithDoc.__doc__)
print(Base.__dict__["kind"], "describe" in Base.__dict__)
class Multi(Derived, object): pass
print([c.__name__ for c in Multi.__mro__])
