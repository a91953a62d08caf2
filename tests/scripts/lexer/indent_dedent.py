# INDENT/DEDENT with mixed depths and blank/comment lines between blocks
def f(x):
    if x > 0:
        if x > 10:
            return "big"

        # a comment at a different indentation
            # another one, deeper
        return "small"
    else:
      return "non-positive"   # a different indent width is fine in its own block

for v in (20, 5, -1):
    print(f(v))

class A:
    def m(self):
        return 1
    x = 2
print(A().m(), A.x)
if True:
	print("tab indented")
while False:
    pass
else:
    print("else after dedent")
