for e in [Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(""), KeyError("k"),
          KeyError("a", "b"), KeyError(), IndexError(3), OSError(2, "No such file"), StopIteration(5),
          SystemExit(3), AttributeError("attr"), TypeError([1, 2]), UnicodeError("u")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
o = OSError(2, "No such file")
print(o.errno, o.strerror)
ke = KeyError("key")
print(str(ke), ke.args[0])
