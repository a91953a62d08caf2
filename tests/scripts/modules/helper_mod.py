"""A helper module imported by the modules/ tests."""
print("helper_mod imported, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello {name}"
class Thing:
    def __init__(self, v): self.v = v
counter = 0
def bump():
    global counter
    counter += 1
    return counter
__all__ = ["VALUE", "greet", "Thing"]
