def f():
    yield 1
    return
x = yield 2
