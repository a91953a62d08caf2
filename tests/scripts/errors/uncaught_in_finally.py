try:
    print("try")
finally:
    print("finally runs before the traceback")
    raise TypeError("from finally")
