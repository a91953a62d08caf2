import sys
print(sys.argv, type(sys.argv).__name__)
