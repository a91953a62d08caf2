s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.find("", 100), s.find("o", -5), s.count("l", 5, 15))
try:
    s.index("xyz")
except ValueError as e:
    print(e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(e)
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("hello"), s.endswith(("x", "llo")))
print(s.startswith(("a", "b")), s.startswith(""), "".endswith(""), s.endswith("lo", 0, 5))
try:
    s.startswith(["hello"])
except TypeError as e:
    print(e)
