print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], "" and "x")
print([] or {} or "last", "a" and "b" and "c", 0 or 0.0)
def t(x):
    print("called", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not [], not [0], not None, not "0")
x = None
print(x and x.missing_attr)
print(True and not False, True or False and False, (True or False) and False)
print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool("0"), bool([0]))
