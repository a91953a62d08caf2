s = "first \
second"
print(s)
t = """line1
line2\
 continued"""
print(t)
print(len("""
"""))
print("""a
b""".split("\n"))
