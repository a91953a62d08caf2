def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("mid") from e
def level1():
    try:
        level2()
    except RuntimeError as e:
        raise KeyError("top")
try:
    level1()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
