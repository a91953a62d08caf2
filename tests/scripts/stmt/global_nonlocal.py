counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 10
        return n
    bump(); bump()
    return n
print(outer())
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def a():
    x = 1
    def b():
        x = 2
        def c():
            nonlocal x
            x = 3
        c()
        return x
    return b(), x
print(a())
