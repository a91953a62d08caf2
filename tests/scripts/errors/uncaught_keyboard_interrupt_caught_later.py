import sys
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("caught")
sys.stdout.flush()
raise RuntimeError("then uncaught")
