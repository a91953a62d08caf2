try:
    raise ValueError("with tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    err = e
print(err.with_traceback(None) is err)
e = KeyError("a")
e.custom = 1
print(e.custom, hasattr(e, "__notes__"))
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
class E(Exception):
    def __init__(self):
        pass
print(E().args, str(E()), repr(E()))
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
f = F(1, 2)
print(f.args, str(f), f.b)
print(BaseException("x").args, Exception(*range(3)).args)
