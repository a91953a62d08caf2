w = 10
p = 3
x = 3.14159265
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}}]")
print(f"[{x:>{w}.{p}f}]")
print(f"[{'s':{'*'}^{w}}]")
inner = "inner"
print(f"{f'{inner}'}")
print(f"{f'{inner:>{w}}'}|")
print(f"{'a' + 'b'}{','.join(['x', 'y'])}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda v: v * 2)(4)}")
fmt = ">8"
print(f"{'right':{fmt}}|")
