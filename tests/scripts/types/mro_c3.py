class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
class Diamond(Left, Right): pass
print(Diamond().who(), [c.__name__ for c in Diamond.__mro__])
class Diamond2(Right, Left): pass
print(Diamond2().who())
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
print(object.__mro__, int.__mro__, bool.__mro__)
