class O: pass
o = O()
o.x = 1
o.y = o.x + 1
print(o.x, o.y)
lst = [0] * 5
lst[0] = 10
lst[-1] = 50
print(lst)
d = {}
d["a"] = d.get("a", 0) + 1
d[1, 2] = "tuple key"
print(d)
lst[1:3] = [7, 8, 9]
print(lst)
lst[::2] = ["a", "b", "c"]
print(lst)
lst[:] = []
print(lst)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
o.lst = [1, 2]
o.lst[0], o.x = o.x, o.lst[0]
print(o.lst, o.x)
