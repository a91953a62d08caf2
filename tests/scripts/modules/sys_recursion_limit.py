import sys
sys.setrecursionlimit(100)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError:
    print("RecursionError with limit 100")
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print(80 < depth <= 100)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
