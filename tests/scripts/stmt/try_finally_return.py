def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def m():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally", i)
    return i
print(m())
def n():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(n())
def p():
    while True:
        try:
            raise KeyError
        finally:
            break
    return "break in finally swallows"
print(p())
