print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)), repr("a".center(4, "-")))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("abcdef".ljust(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    print(e)
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
