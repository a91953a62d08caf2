# @dataclass for plain records: generated __init__/__repr__/__eq__, defaults and factories.
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
p.x = 10
print(p, p.x + p.y)
print(Point.__init__.__qualname__, Point.__match_args__, Point.__doc__)


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)

    @property
    def total(self):
        return self.price * self.quantity


a = Item("apple", 0.5, 4)
b = Item("pear", 0.75)
a.tags.append("fruit")
print(a, b, a.total, b.tags, a == Item("apple", 0.5, 4, ["fruit"], note="x"))
print(asdict(a), astuple(b))
print([f.name for f in fields(Item)], fields(a)[2].default, is_dataclass(a), is_dataclass(Item), is_dataclass(5))
print(replace(b, quantity=3))


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return self


cart = Cart("zoe").add(a).add(b)
print(cart)
print(asdict(cart))
print(sum(i.total for i in cart.items))


@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32


print(Temperature(100), Temperature(-40).fahrenheit)


@dataclass
class Base:
    id: int


@dataclass
class User(Base):
    name: str = "anon"


print(User(1), User(2, "bo"), [f.name for f in fields(User)])


@dataclass(repr=False, eq=False)
class Quiet:
    v: int


q = Quiet(1)
print(q == Quiet(1), q.v, hash(q) is not None)
print(hash(p) if Point.__hash__ else "unhashable")

for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: asdict(5), lambda: fields(5), lambda: replace(p, z=1),
            lambda: field(default=1, default_factory=list)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 0
        b: str
except TypeError as e:
    print("TypeError:", e)
