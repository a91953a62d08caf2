# coil: timeout=30
# an exception stored in a local of its own frame forms a frame <-> traceback cycle
def fail(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        err = e
    return err.args[0]
total = 0
for i in range(100000):
    total += fail(i) % 10
print(total)
