x = 1
if x:
    print("crlf ok")
print("after form feed")
y = """a
b"""
print(repr(y))
