b = b"abc\x00\xff\n"
print(b, len(b))
print(b'single', B"upper", b'''triple''')
print(b"\101\x42C")
print(b[0], b[-1], b[1:3])
print(list(b"hi"))
print(b"ab" b"cd")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(bytes([65, 66, 200]))
