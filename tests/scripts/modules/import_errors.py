try:
    import helper_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper_pkg.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from helper_pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
