# Dictionaries, sorting with keys, string methods and json: count the words of a text.
import json

TEXT = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs"""

counts = {}
for word in TEXT.split():
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for word, n in top:
    print(f"{word:>6} {'*' * n} {n}")
print(json.dumps(dict(top), sort_keys=True))
