# coil: timeout=30
# 200000 self-referencing lists: each becomes garbage immediately
total = 0
for i in range(200000):
    a = [i]
    a.append(a)
    total += a[1][1][0]
print(total)
