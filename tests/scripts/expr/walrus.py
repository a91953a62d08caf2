if (n := 10) > 5:
    print("n is", n)
data = [1, 5, 10, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + v for v in data], total)
def f():
    vals = [(last := i) for i in range(4)]
    return vals, last
print(f())
while (chunk := data.pop()) != 5:
    print("chunk", chunk)
print((a := 1, b := 2), a, b)
print([(j := i) for i in range(3)], j)
