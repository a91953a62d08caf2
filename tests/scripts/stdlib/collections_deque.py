# deque as a queue, a stack, a sliding window and a rotating buffer.
from collections import deque

q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, len(q), q[0], q[-1], q[2])
print(q.popleft(), q.pop(), q)
q.extend([7, 8])
q.extendleft("ab")
print(q, list(reversed(q)))
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q[1] = "X"
del q[0]
print(q, q.index(7), q.count(8), 8 in q, 99 in q)
q.remove(7)
q.insert(1, "I")
print(q)
q.reverse()
print(q, q.copy() == q, q == list(q))
q.clear()
print(q, bool(q))

window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window))
print(window, window.maxlen)
window.appendleft(-1)
print(window)
window.extend([10, 11])
print(window)
d = deque([1, 2, 3], maxlen=5) + deque([4, 5, 6])
print(d, d * 2, deque("ab") * 0)
d += [9]
print(d)


def bfs(graph, start):
    seen = [start]
    todo = deque([start])
    while todo:
        node = todo.popleft()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                todo.append(nxt)
    return seen


print(bfs({1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}, 1))

big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
    if big:
        total -= big.pop()
print(total)
r = deque(range(10))
r.rotate(100003)
print(r)
r.rotate(-45)
print(r)

for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
            lambda: deque(maxlen=-1), lambda: deque([1])["a"],
            lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque() + [1]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque([1, 2]) < deque([1, 3]), deque([[1]]) == deque([[1]]))
rec = deque([1])
rec.append(rec)
print(rec)
