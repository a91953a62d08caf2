# u-prefix and prefix combinations that are valid
print(u"unicode", U'upper')
print(rb"x", Br"y", BR"z", rB"w")
print(fR"{1+1}", Rf"{2+2}", FR"{'a'}")
print(type(b"").__name__, type(u"").__name__)
