# format(), f-strings and str.format with subclasses of str, int and float: an empty spec
# means str(self) (so __str__ or, for int/float, __repr__ counts), other specs format the
# value, errors name the subclass, and a __format__ override wins everywhere.
class S(str):
    def __str__(self):
        return "custom"

class SFmt(str):
    def __format__(self, spec):
        return "fmt:" + spec

class SRepr(str):
    def __repr__(self):
        return "SRepr!"

class I(int):
    def __str__(self):
        return "I-str"

class IFmt(int):
    def __format__(self, spec):
        return "IFmt:" + spec

class IRepr(int):
    def __repr__(self):
        return "IRepr!"

class F(float):
    def __str__(self):
        return "F-str"

class FRepr(float):
    def __repr__(self):
        return "FRepr!"

class FFmt(float):
    def __format__(self, spec):
        return "FFmt:" + spec

class Plain(int):
    pass


def attempt(fn):
    try:
        return repr(fn())
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


values = [S("x"), SFmt("x"), SRepr("x"), I(5), IFmt(5), IRepr(5), F(1.5), FRepr(1.5), FFmt(1.5),
          Plain(7), True]
for v in values:
    name = type(v).__name__
    print(name, repr(f"{v}"), repr(format(v)), repr("{}".format(v)), repr("{0!s}".format(v)),
          repr(f"{v!r}"), repr("%s" % (v,)))
    for spec in ["", ">8", "d", ".2f", "s", "10", "x", "^7.1"]:
        print("   ", repr(spec), attempt(lambda: format(v, spec)), attempt(lambda: f"{v:{spec}}"),
              attempt(lambda: ("{:" + spec + "}").format(v)),
              attempt(lambda: ("<{:" + spec + "}>").format(v)))

# str.__format__ / int.__format__ called directly, and object.__format__
print(str.__format__(S("x"), ""), str.__format__(S("x"), ">5"))
print(int.__format__(I(5), ""), int.__format__(I(5), "d"), int.__format__(True, ""))
print(object.__format__(S("x"), ""), object.__format__(I(5), ""))
# a template that is one field gives back what the field's formatting made
print(type("{:s}".format(SRepr("x"))).__name__, type(format(SRepr("x"), "s")).__name__,
      type(format(SRepr("x"), ">3")).__name__, type("<{:s}>".format(SRepr("x"))).__name__)
print("{:{}}".format(S("ab"), ">4"), "{0:{1}}|{0}".format(S("ab"), "<4"))
print("{x}".format_map({"x": I(3)}), "{x:>3}".format_map({"x": I(3)}))
