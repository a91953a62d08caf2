class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml[1:]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
md = MyDict(a=1)
print(md["a"], md["zz"], md.get("zz"), "zz" in md)
class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hi")
print(u.shout(), u + "x", type(u + "x").__name__, len(u))
class E(Exception):
    pass
print(E("a", 1).args, isinstance(E(), Exception))
