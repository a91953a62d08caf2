class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, (int, A)), isinstance(b, ()), isinstance(1, (str, (int, float))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, A), issubclass(bool, (int,)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(A, type), isinstance(int, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
print(type(b) is B, type(b) == A, type(1) is int, type("") in (str, bytes))
