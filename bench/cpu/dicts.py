# Dictionary inserts, lookups, updates and deletes with int and str keys.
def run():
    d = {}
    total = 0
    for rep in range(8):
        total += one_round(rep)
    return total
def one_round(rep):
    d = {}
    for i in range(200_000):
        d[i] = i * 2
    s = 0
    for _ in range(5):
        for i in range(0, 200_000, 3):
            s += d[i]
    for i in range(0, 200_000, 2):
        del d[i]
    words = {}
    for i in range(300_000):
        k = "k" + str((i + rep) % 5000)
        words[k] = words.get(k, 0) + 1
    return s + len(d) + sum(words.values()) + len(words)
print("checksum", run())
