import sys
for i in range(3):
    print("line", i)
sys.stderr.write("a message on stderr\n")
print("last stdout line", end="")
raise RuntimeError("end")
