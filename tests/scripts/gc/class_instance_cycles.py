# coil: timeout=30
# classes created in a loop referencing their instances (class <-> instance cycles)
total = 0
for i in range(20000):
    class C:
        pass
    c = C()
    C.instance = c
    c.cls = C
    c.v = i
    total += C.instance.cls.instance.v % 3
print(total)
