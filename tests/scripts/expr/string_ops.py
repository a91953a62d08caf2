s = "Hello"
print(s + " World", s * 2, s[1], s[-1], s[1:4], len(s))
print("ll" in s, "z" not in s, s == "Hello", s < "World", s.upper())
print("a" < "b" < "c", "apple" > "Apple", min("bca"), max("bca"))
print("%s is %d years" % ("Tom", 30), "%5.2f|%-5d|%05d" % (3.14159, 42, 7))
print("%x %X %o %e %r %%" % (255, 255, 8, 12345.678, "q"))
print("%(name)s=%(v)d" % {"name": "x", "v": 5}, "%c%c" % (72, "i"))
print("%s" % [1, 2], "%s" % (1,), "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
print(str(1) + str(2.5) + str(None) + str(True))
print(ord("A"), chr(97), "abc"[::-1], "".join(reversed("abc")))
