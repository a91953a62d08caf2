# Integer loops: nested while/for loops with arithmetic on small ints.
def run(n):
    total = 0
    i = 0
    while i < n:
        j = i % 7
        total += (i * j) ^ (i >> 3)
        if total > 1_000_000_007:
            total -= 1_000_000_007
        i += 1
    for k in range(n):
        total = (total + k * 3) % 1_000_003
    return total
print("checksum", run(8_000_000))
