# implicit line joining inside (), [] and {}
total = (1 +
         2 +
    3)
items = [
    1,
  2,
        3,   # comment inside brackets
]
d = {
    "a": 1,

    "b": 2,
}
def f(a,
      b,
      c=3):
    return a + b + c
print(total, items, d, f(1,
  2))
s = ("abc"
     "def")
print(s)
print([x
       for x in range(3)
       if x])
