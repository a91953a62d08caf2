# coil: args=first second --flag=3
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
