x: int = 5
y: str
print(x)
print(__annotations__)
def f():
    z: int = 3
    w: list
    return z
print(f())
class C:
    a: int = 1
    b: "str"
    c: list[int] = []
print(C.__annotations__)
print(C.a, hasattr(C, "b"))
try:
    print(y)
except NameError as e:
    print("NameError", e)
