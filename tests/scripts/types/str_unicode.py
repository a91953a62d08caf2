s = "héllo wörld"
print(len(s), s[1], s[7], s[::-1], s.upper())
e = "a😀b🎉c"
print(len(e), e[1], e[3], e[1:4], e[::-1], e.index("🎉"))
cjk = "中文字符"
print(len(cjk), cjk[2], cjk[1:3], list(cjk))
print(ord("😀"), chr(128512), chr(0x4e2d), hex(ord("é")))
print("é" == "\u00e9", "e\u0301" == "é", len("e\u0301"))
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i\u0307")
print(repr("tab\t😀\x00\u200b"), ascii("😀é"))
print("😀".encode("utf-8"), "é".encode("utf-8"), len("😀".encode("utf-8")))
print(b"\xf0\x9f\x98\x80".decode("utf-8"), "αβγ".upper(), "ΑΒΓ".lower())
for ch in "aé😀":
    print(ch, ord(ch))
print(sorted("bäa"), "ä" > "z", max("aé😀"))
print("x".join("αβ"), "😀" * 3, "a😀".center(6, "*"))
