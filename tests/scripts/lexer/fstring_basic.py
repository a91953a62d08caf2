name = "world"
n = 42
print(f"hello {name}!")
print(F"{n} {n+1} {n*2}")
print(f"{{literal braces}} {n}")
print(f'{name!r} {name!s} {"é"!a}')
print(f"{[1, 2][1]} {dict(a=1)['a']}")
print(f"{n:>6}|{n:<6}|{n:^6}|")
print(f"{3.14159:.2f} {n:08.3f} {n:x} {n:#o} {n:b} {n:,}")
print(f"{1234567:_} {0.5:%} {1e10:e} {12345.678:g}")
print(f"""{name
}""")
print(rf"\n{n}", fr"{n}\t")
