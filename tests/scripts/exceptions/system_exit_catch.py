import sys
for arg in [None, 0, 3, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    exit_code = 0
    raise KeyboardInterrupt("ki")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)
try:
    raise GeneratorExit
except GeneratorExit as e:
    print("GeneratorExit", repr(e))
