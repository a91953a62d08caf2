def f():
    pass
class C:
    pass
for _ in range(3):
    pass
if True:
    pass
print(f(), C.__name__)
try:
    pass
except Exception:
    pass
print("done")
