def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e))
check(lambda: {}["missing"])
check(lambda: {}[42])
check(lambda: {}[(1, "a")])
check(lambda: {"a": 1}[""])
check(lambda: [1, 2, 3][3])
check(lambda: [][0])
check(lambda: [1][-2])
check(lambda: (1, 2)[5])
check(lambda: "abc"[10])
check(lambda: range(3)[3])
check(lambda: b"ab"[2])
def setitem():
    l = [1]
    l[1] = 2
check(setitem)
def delitem():
    l = []
    del l[0]
check(delitem)
check(lambda: set().remove("x"))
