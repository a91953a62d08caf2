base = {"a": 1}
merged = {**base, "b"}
print(merged)
