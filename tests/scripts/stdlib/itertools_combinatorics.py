# product / permutations / combinations as used in puzzles and brute-force search.
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", [0, 1])))
print(list(product([1, 2], repeat=2)), list(product()), list(product("ab", [])))
print(len(list(product(range(3), repeat=4))), list(product("x", "y", "z")))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations([1], 2)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("a", 0)))
print(len(list(permutations(range(7)))), len(list(combinations(range(12), 5))))

# A classic: which three numbers sum to the target?
nums = [12, 3, 7, 1, 9, 5]
print([c for c in combinations(nums, 3) if sum(c) == 21])
# Password-ish enumeration.
print(["".join(p) for p in product("ab", repeat=3)])
for bad in (lambda: combinations([1], -1), lambda: permutations([1], -1),
            lambda: product([1], repeat=-1), lambda: combinations_with_replacement([1], -2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
