def run(exc):
    try:
        raise exc
    except* (ValueError, TypeError) as g:
        print("VT", sorted(type(e).__name__ for e in g.exceptions))
    except* OSError as g:
        print("OS", len(g.exceptions))
run(ExceptionGroup("g", [ValueError(), TypeError(), OSError()]))
run(ExceptionGroup("g", [OSError(), OSError()]))
try:
    run(ExceptionGroup("g", [KeyError("left")]))
except ExceptionGroup as e:
    print("unhandled:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise RuntimeError("raised inside except*")
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)
except ExceptionGroup as e:
    print("group:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
