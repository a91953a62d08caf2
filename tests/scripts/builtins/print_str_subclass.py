# print() and str() honour __str__ of str subclasses (the fast path only takes exact str).
import sys


class S(str):
    __str__ = lambda s: "custom"


class Plain(str):
    pass


class Upper(str):
    def __str__(self):
        return self.upper() + "!"


print(S("a"))
print(S("a"), Plain("b"), Upper("c"), sep="|")
print("x", S("y"), end=" <end>\n")
print(str(S("a")), str(Plain("p")), str(Upper("u")))
print("%s" % S("a"), "{}".format(Plain("q")))
print(repr(S("a")), len(S("abc")), S("a") + "b", S("a") == "a")
print([S("a")], (Upper("z"),))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append((type(s).__name__, s))


c = Collect()
print(S("a"), Upper("b"), 1, file=c)
print(c.parts)
sys.stdout.write(S("written as is\n"))
print(S("to stderr"), file=sys.stderr)
