def f():
    def g():
        await something()
