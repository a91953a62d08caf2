# frozen=True and order=True dataclasses: immutable, hashable, sortable records.
from dataclasses import FrozenInstanceError, KW_ONLY, dataclass, field


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "home"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(len({Coord(0, 0), Coord(0, 0), Coord(1, 0)}))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1, 0, label="x")]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), max(vs))
print(Version(1, label="a") == Version(1, label="b"))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Task:
    priority: int
    name: str = field(compare=False)


import heapq

heap = []
for t in [Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).name for _ in range(3)])


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3


print(Options("/tmp"), Options("/x", verbose=True, retries=1))
try:
    Options("/tmp", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Tag:
    name: str


print(hash(Tag("a")) == hash(Tag("a")), Tag("a") == Tag("a"))


@dataclass
class Mutable:
    v: int


try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class Child(Mutable):
        w: int = 0
except TypeError as e:
    print("TypeError:", e)
