stack = []
for i in range(3):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.count(1), len(l), min(l), max(l), sum(l))
cp = l[:]
cp.sort()
print(l[:3], cp[:3], l == cp, sorted(l) == cp)
l.extend(l)
print(len(l))
l[:] = [x for x in l if x != 1]
print(l)
m = [[1, 2], [3, 4]]
c = m.copy()
c[0].append(99)
c.append([5])
print(m, c)
l2 = list(range(5))
l2.insert(-100, "start")
l2.insert(2, "mid")
print(l2)
e = [1, 2, 3]
e *= 2
e += "ab"
print(e)
