def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    i = 100
    return funcs
print([f() for f in make()])
def counter_pair():
    n = 0
    def get(): return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc(); inc()
print(get())
print(get.__closure__ is not None, len(get.__closure__))
def no_closure(): return 1
print(no_closure.__closure__)
