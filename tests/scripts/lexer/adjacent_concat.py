s = "a" 'b' """c""" '''d'''
print(s)
x = 5
print("value: " f"{x}" " end")
print(f"{x}" "{x}")
print(("multi"
       "line"
       "concat"))
print(r"\n" "\n" == "\\n\n")
