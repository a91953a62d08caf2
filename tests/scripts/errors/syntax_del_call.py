lambda x: (yield)
del f()
