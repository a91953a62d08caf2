class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class CodeError(AppError):
    def __init__(self, code):
        self.code = code
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.field)
try:
    raise CodeError(404)
except AppError as e:
    print(repr(str(e)), repr(e), e.args, e.code)
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
print([c.__name__ for c in ValidationError.__mro__])
class Multi(KeyError, ValueError): pass
try:
    raise Multi("m")
except ValueError as e:
    print("caught Multi as ValueError", e)
