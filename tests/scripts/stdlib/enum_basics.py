# Enum in beginners' programs: members, iteration, lookup, comparison and methods.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.default())
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.RED), Color, Color.RED in Color)
print(Color.BLUE.describe(), f"{Color.GREEN}", "%s" % Color.RED, str(Color.BLUE))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print([c.name for c in Color], list(Color.__members__))
print(sorted(Color, key=lambda c: -c.value))
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print(list(Status), Status.DONE.value)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), len(Shape))
print(list(Shape.__members__.items())[-1])
try:
    unique(Shape)
except ValueError as e:
    print("ValueError:", e)


@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2


print(Mistake.TWO)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Mood("HAPPY"), Mood("sad"))
try:
    Mood("meh")
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Fruit = Enum("Fruit", [("APPLE", "a"), ("PEAR", "p")])
print(Fruit.PEAR, Fruit("a"))

state = Status.PENDING
if state is Status.PENDING:
    print("waiting")
print(hash(Color.RED) == hash(Color.RED), Color.RED.__class__.__name__)
