# Strings built by repeated + / += (shared growable buffers): snapshots, branching from old
# prefixes, methods, hashing, formatting and names made of such strings.
import gc
def build(n, piece):
    s = ""
    snaps = []
    for i in range(n):
        s += piece
        if i % 37 == 0:
            snaps.append(s)
    return s, snaps
s, snaps = build(500, "ab")
gc.collect()
print(len(s), [len(x) for x in snaps[:5]], all(x == "ab" * (len(x) // 2) for x in snaps))
# branching from old snapshots must copy
b1 = snaps[3] + "X"
b2 = snaps[3] + "Y"
print(b1[-3:], b2[-3:], snaps[3][-3:], len(b1), b1[:-1] == snaps[3])
# methods on shared strings
t = s + "tail"
print(t.upper()[-6:], t.find("tail"), t.count("ab"), t.endswith("tail"), t.startswith("abab"), "tail" in t)
print(t.replace("ab", "c")[-8:], len(t.split("b")), t.strip("a")[-5:], repr(t[-7:]), t[-4:] * 2)
print(hash(t) == hash("ab" * 500 + "tail"), t == "ab" * 500 + "tail", t < "ab" * 500 + "tailz", t > "ab")
d = {t: 1}
print(d["ab" * 500 + "tail"], ("ab" * 500 + "tail") in d)
# f-strings, %, format on shared strings
print(f"{t[-6:]}|{t:>5.3}|{len(t)}", "%s" % t[-5:], "%.4s" % t, "{:.3}".format(t), format(t, ".2"))
# non-ascii
u = ""
for i in range(200):
    u += "é€" if i % 2 else "x"
v = u + "😀"
print(len(u), len(v), u[-3:], v[-3:], u.isascii(), v[::50], u.encode()[:6], v[-1:].encode())
# join / repeat / build_string
parts = []
for i in range(1000):
    parts.append(f"{i}:{i % 7:02d}")
j = ",".join(parts)
print(len(j), j[:20], j[-20:], (j * 3)[-5:], len("-".join([])), "-".join(["a"]), repr("".join(["", "", ""])))
x = f"{''}{'a'}{''}"
print(x, x == "a", f"{'é'}{''}", f"{1}{2}{3}")
# += on a copy aliased elsewhere
a = "q" * 200
a2 = a + "r"
a3 = a2 + "s"
alias = a3
a3 += "t"
print(alias[-3:], a3[-3:], a2[-3:])
a4 = a3 + a3
print(len(a4), a4[200:206], a4.count("rst"))
# str subclass
class S(str):
    pass
q = S("zz" * 100)
r = q + "end"
print(type(r).__name__, r[-5:], type(q).__name__)
r2 = r + "more"
print(r2[-9:])
# getattr with shared name
class O: pass
o = O()
nm = ""
for i in range(80): nm += "ab"
nm2 = nm + "c"
setattr(o, nm, 5)
print(getattr(o, nm), hasattr(o, nm2))
try:
    getattr(o, nm2[:-1] + "d")
except AttributeError as e:
    print(str(e)[-20:])
try:
    getattr(O, nm + "")
except AttributeError:
    print("no")
print(getattr(o, nm))
T = type(nm, (), {})
nm3 = nm + "zz"
print(T.__name__ == nm, T.__name__[-4:], repr(T)[-6:])
gc.collect()
print(sorted([nm2, nm, nm3])[0] == nm, min(nm2, nm) == nm)
print(int("1" * 100 + "") % 7, float("1." + "5" * 100 + "") > 1.5)
import sys
k = sys.intern(nm2)
print(k is sys.intern(nm + "c"), k == nm2)
