words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w: len(w) for w in words if len(w) > 5})
print(sorted({len(w) for w in words}))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({x * y for x in range(1, 4) for y in range(1, 4)}))
