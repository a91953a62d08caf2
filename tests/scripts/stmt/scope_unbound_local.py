x = 10
def reads_global():
    return x
def assigns_later():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(reads_global(), assigns_later())
def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        print(e)
augmented()
def in_loop():
    for i in range(2):
        if i == 1:
            print(y)
        y = i
in_loop()
def closure_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(closure_unbound())
