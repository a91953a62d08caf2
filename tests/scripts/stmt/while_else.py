i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else runs after normal exit")
i = 0
while i < 10:
    if i == 2:
        print("breaking")
        break
    i += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else runs for zero iterations")
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
