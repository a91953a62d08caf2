# coil: stdin=input_loop_stdin.txt
total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line.strip():
        continue
    total += float(line)
    count += 1
print(count, total, total / count)
