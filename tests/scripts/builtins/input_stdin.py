# coil: stdin=input_stdin.txt
name = input()
print("hello", name)
age = int(input("age? "))
print("next year", age + 1)
nums = [int(x) for x in input().split()]
print(sum(nums))
import sys
rest = sys.stdin.read()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError", e)
