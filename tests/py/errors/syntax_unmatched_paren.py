print("a")
print("b"))
