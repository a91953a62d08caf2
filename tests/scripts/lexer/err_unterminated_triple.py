print("start")
s = """never closed
print(s)
