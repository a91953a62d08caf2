print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x * x for x in range(5)})
print({x % 3 for x in range(10)})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
x = "outer"
print([x for x in "ab"], x)
print({k: v for k, v in zip("abc", range(3)) if v})
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({c for c in "mississippi"}))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs])
print([(a, b) for a, b in [(1, 2), (3, 4)]], [y for _, y in {1: 2}.items()])
