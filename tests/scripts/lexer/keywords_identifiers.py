café = 1
π = 3.14
_private = 2
__dunder__ = 3
x1_y2 = 4
print(café, π, _private, __dunder__, x1_y2)
match = 5   # soft keyword used as a name
case = 6
_ = 7
type = "shadowed"
print(match, case, _, type)
del type
print(type(1).__name__)
