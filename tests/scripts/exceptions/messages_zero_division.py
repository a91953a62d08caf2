def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1 / 0)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: 1.0 / 0)
check(lambda: 1.0 // 0.0)
check(lambda: 1.0 % 0)
check(lambda: divmod(5, 0))
check(lambda: (2 ** 100) % 0)
x = 0
check(lambda: 10 / x)
