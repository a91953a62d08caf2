b = b"hello"
print(b, b[0], b[-1], b[1:3], type(b[0]).__name__, len(b))
print(list(b), bytes(3), bytes([104, 105]), bytes("hé", "utf-8"), bytes(range(3)))
print(b + b" world", b * 2, b"ell" in b, 104 in b, b.upper(), b.find(b"l"))
print(b.decode(), b.hex(), bytes.fromhex("6869"), b"a,b".split(b","))
print(b == b"hello", b < b"help", b"".join([b"x", b"y"]), b.replace(b"l", b"L"))
print(repr(b"\x00\x7f\x80\xff\t\n"), b"abc"[::-1])
for x in b"ab":
    print(x)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(68)
print(ba, bytes(ba), len(ba))
print(b"abc".startswith(b"ab"), b" x ".strip(), b"A".lower(), b"12".isdigit())
