a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b})
print([*range(3), *"ab"])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 99})
print(*a, *b)
first, *rest = *a, *b
print(first, rest)
print([*[], *()], {**{}})
print((*a,), [*{3: 0, 1: 0}])
