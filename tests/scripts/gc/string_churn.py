# coil: timeout=30
# many short-lived strings, lists of strings and joins
acc = 0
for i in range(100000):
    s = "item-" + str(i)
    parts = s.split("-")
    acc = (acc + len("".join(parts)) + int(parts[1]) % 13) % 1000003
print(acc)
