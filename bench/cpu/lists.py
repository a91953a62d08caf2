# List append, index, slicing, sort and comprehensions.
def run():
    return sum(one_round(r) for r in range(8))
def one_round(r):
    xs = []
    for i in range(300_000):
        xs.append((i * 7919 + r) % 100_003)
    ys = [x * 2 for x in xs if x % 3]
    ys.sort()
    zs = sorted(xs, reverse=True)[:1000]
    total = sum(ys[::7]) + sum(zs)
    for i in range(0, len(xs) - 1, 2):
        xs[i], xs[i + 1] = xs[i + 1], xs[i]
    total += xs[12345] + len(xs[100:200000:3])
    m = [[i * j for j in range(50)] for i in range(2000)]
    total += sum(row[-1] for row in m)
    return total
print("checksum", run())
