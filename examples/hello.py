# The first program: run it with `build/coil examples/hello.py`.
import sys

name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(f"Hello, {name}!")
print("coil speaks Python", ".".join(str(n) for n in sys.version_info[:2]))
