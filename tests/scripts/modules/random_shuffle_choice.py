import random
random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print([random.choice("xyz") for _ in range(10)])
print([random.randrange(3) for _ in range(10)])
print([random.randint(1, 6) for _ in range(12)])
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed(99)
big = list(range(1000))
random.shuffle(big)
print(big[:10], sum(big))
