# coil: timeout=30
class Holder:
    def __init__(self, v):
        self.v = v
        self.cb = self.get   # instance -> bound method -> instance
    def get(self):
        return self.v
total = 0
for i in range(200000):
    h = Holder(i)
    total += h.cb() & 0xFF
print(total)
