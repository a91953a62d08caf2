# String building, slicing, methods and formatting.
def run():
    return sum(one_round(r) for r in range(6))
def one_round(r):
    parts = []
    for i in range(200_000):
        parts.append(f"{i + r}:{i % 97:02d}")
    text = ",".join(parts)
    fields = text.split(",")
    total = 0
    for f in fields:
        a, b = f.split(":")
        total += len(a) + int(b)
    up = text.upper().replace("1", "one")
    total += up.count("ONE") + text.find("199999") + len(text[::3])
    s = ""
    for i in range(50_000):
        s += chr(97 + i % 26)
    total += s.count("abc") + len(s.strip("a"))
    return total
print("checksum", run())
