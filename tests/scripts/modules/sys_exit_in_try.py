import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("continuing")
sys.exit(0)
