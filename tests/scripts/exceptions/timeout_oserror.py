try:
    raise TimeoutError("timed out")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise FileNotFoundError(2, "No such file or directory")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, str(e), [c.__name__ for c in type(e).__mro__])
e = OSError("just message")
print(e.errno, e.args, str(e))
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError), issubclass(ConnectionError, OSError))
