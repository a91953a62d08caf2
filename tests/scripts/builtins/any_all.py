print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
def g(n):
    for i in range(n):
        print("yield", i)
        yield i
print(any(x > 1 for x in g(5)))
print(all(x < 1 for x in g(5)))
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
