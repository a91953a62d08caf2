print("a b  c".split(), "a,b,,c".split(","), "a b c".split(" ", 1), "  lead trail  ".split())
print("a,b,c".rsplit(",", 1), "a b c".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"))
print("x--y--z".split("--"), "one\ttwo\nthree".split(), "a,b,c".split(",", 0), "a,b".split(",", -1))
print(",".join(["a", "b"]), "".join("xyz"), "-".join([]), " ".join(map(str, range(3))))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "x\ny".splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
