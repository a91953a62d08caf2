out = []
for i in range(5):
    if i == 1:
        continue
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)
k = 0
while k < 10:
    k += 1
    try:
        if k == 3:
            continue
        if k == 5:
            break
    finally:
        print("finally", k)
print("k =", k)
