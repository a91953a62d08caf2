x = 10
y = "hi"
print(f"{x=}")
print(f"{x = }")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x*2=}")
print(f"{x=:>5}")
print(f"{3.5=:.2f}")
items = [1, 2]
print(f"{items[0]=} {len(items)=}")
