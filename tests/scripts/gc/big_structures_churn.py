# coil: timeout=30
# allocate and drop sizeable structures repeatedly
checksum = 0
for round_ in range(40):
    data = [[j, str(j), {"k": j}] for j in range(5000)]
    for row in data:
        row.append(row)
    checksum = (checksum + sum(r[0] for r in data) + len(data[-1][1])) % 1000000007
    data = None
print(checksum)
