b = b"Hello, World"
print(b.decode(), b.decode("ascii"), b.hex(), b.hex(":") if False else b[:2].hex(), b[0], b[-1], b[0:1])
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"World", b"There"), b.count(b"l"), b.find(b"W"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"), b"  x ".strip(), b.index(b"o"))
print(bytes.fromhex("48 65 6c"), b"-".join([b"a", b"b"]), b"a" * 3, b"abc" < b"abd")
print(list(b"\x00\x01\xff"), b"\xff"[0], [x for x in b"AB"], bytes([x + 1 for x in b"HAL"]))
print(b"abc".title(), b"12abc".isalnum(), b"ABC".isupper(), b"a b".split(), b"x\ny".splitlines())
try:
    b.index(b"zzz")
except ValueError as e:
    print(e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
print(b"caf\xc3\xa9".decode("utf-8"), len(b"caf\xc3\xa9"), len(b"caf\xc3\xa9".decode()))
