lst = list(range(10))
s = "hello world"
t = tuple(range(10))
r = range(0, 20, 2)
for seq in (lst, s, t, r):
    print(seq[0], seq[-1], seq[2:5], seq[:3], seq[7:], seq[::3], seq[::-1], seq[-3:], seq[8:2:-2])
print(lst[100:], lst[-100:2], s[5:1], s[::-2], t[1:-1:4])
print(lst[slice(1, 4)], s[slice(None, None, -1)], r[slice(2)])
print(lst[len(lst) - 1], s[-len(s)])
try:
    lst[10]
except IndexError as e:
    print(e)
try:
    s[0:2:0]
except ValueError as e:
    print(e)
print(range(10)[::-1], range(5)[1:3], range(1, 10, 3)[-1])
print(lst[True], "abc"[False])
print(s[2:-2], s[-1:-5:-1], lst[::-2])
