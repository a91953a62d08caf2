s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1))
print("abcdefg"[s], list(range(10))[s])
print(s.indices(3), slice(None).indices(5), slice(-2, None).indices(5), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 0], r["k"])
