def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", type(e).__name__)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
