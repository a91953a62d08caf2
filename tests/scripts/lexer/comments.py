# a comment at the top
#!not a shebang here
x = 1  # trailing comment
# comment with 'quotes' and "double" and """triple"""
s = "# not a comment"
print(x, s)
def f():
    # only a comment here before the code
    return 2
print(f())  # call
t = '''
# inside a triple-quoted string
'''
print(repr(t))
