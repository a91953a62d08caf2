# Object attribute access and method calls.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.hits = 0
    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.vel) % 5 == 0:
            self.hits += 1
particles = [Particle(i) for i in range(100)]
for _ in range(30000):
    for p in particles:
        p.step()
print("checksum", sum(p.hits for p in particles), sum(p.pos.x + p.pos.y for p in particles))
