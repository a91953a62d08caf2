a = 1; b = 2; print(a + b)
if a: print("one-line if"); print("second stmt")
for i in range(2): print(i, end=" ")
print()
while a < 3: a += 1
print(a)
def f(): return "oneliner"
print(f())
class C: x = 1; y = 2
print(C.x + C.y)
