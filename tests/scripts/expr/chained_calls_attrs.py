class Builder:
    def __init__(self): self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self): return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
print("  x,y ,z ".strip().split(","), [s.strip() for s in " a , b ".split(",")])
d = {"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}
print(d["a"]["b"]["c"][2]["d"], d["a"]["b"]["c"][-2])
fns = {"double": lambda x: x * 2}
print(fns["double"](21), [lambda: "called"][0]())
print((1).__add__(2), "abc".upper().lower().title(), (3.5).is_integer())
