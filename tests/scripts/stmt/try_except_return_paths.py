def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return "ok"
    except ValueError:
        return "handled"
    finally:
        print("finally for", x)
print(f(1), f(0))
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 0:
                continue
            break
    return i
print(g())
def h():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "div"
    else:
        return "else"
print(h())
def k():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("k finally")
print(k())
