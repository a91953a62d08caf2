class P:
    def __repr__(self): return "P()"
    def __str__(self): return "a P"
    def __format__(self, spec): return "fmt:" + spec
p = P()
print(f"{p} {p!s} {p!r} {p!a}")
print(f"{p:xyz} {p!s:>6} {p!r:<6}|")
s = "naïve ☃"
print(f"{s!r} {s!a}")
print(f"{'tab	'!r}")
