print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(str(b"abc"), str(b"abc", "utf-8"), len("ab".encode("utf-16-le")))
print("abc" * 2 == "abcabc", "a" in "abc", "abc".__len__(), "x".join(["1", "2"]), "{}".format(b"b"))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), "Ab".lower() < "aC".lower())
print("%s" % "€", "€".encode("utf-8").hex(), "a b".title().swapcase())
