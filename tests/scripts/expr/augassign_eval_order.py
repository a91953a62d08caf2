log = []
class L(list):
    def __getitem__(self, i):
        log.append(("get", i)); return super().__getitem__(i)
    def __setitem__(self, i, v):
        log.append(("set", i, v)); super().__setitem__(i, v)
def idx():
    log.append("idx"); return 0
lst = L([5])
lst[idx()] += 1
print(lst, log)
def left(): print("left"); return 1
def right(): print("right"); return 2
print(left() + right() * left())
d = {}
def k(n): print("key", n); return n
def v(n): print("val", n); return n
d = {k(1): v(1), k(2): v(2)}
a = [0, 0]
i = 0
i, a[i] = 1, 9
print(a)
