# coil: timeout=30
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
total = 0
for i in range(200000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
    total += a.other.other.v
print(total)
