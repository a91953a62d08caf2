# coil: timeout=30
checksum = 0
for i in range(200000):
    d = {"id": i}
    d["self"] = d
    e = {"peer": d}
    d["peer"] = e
    checksum = (checksum + d["self"]["peer"]["peer"]["id"]) % 1000003
print(checksum)
