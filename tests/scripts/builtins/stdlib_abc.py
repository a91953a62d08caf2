# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Half(Shape):
    def area(self):
        return 4


try:
    Half()
except TypeError as e:
    print(e)


class Square(Half):
    def name(self):
        return "square"


s = Square()
print(s.describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(s, Shape), issubclass(Square, Shape), isinstance(3, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, Shape.__mro__[-2:] == (ABC, object))


class Prop(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


try:
    Prop()
except TypeError as e:
    print(e)


class Len(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Len:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Len), isinstance(3, Len), issubclass(dict, Len), issubclass(Len, Len))


class Registry(ABC):
    pass


token = get_cache_token()
print(Registry.register(int) is int, isinstance(3, Registry), issubclass(bool, Registry))
print(issubclass(str, Registry), get_cache_token() != token)


@Registry.register
class Virtual:
    pass


print(issubclass(Virtual, Registry), Virtual.__mro__)
try:
    Registry.register(3)
except TypeError as e:
    print(e)


class Sub(Registry):
    pass


try:
    Sub.register(Registry)
except RuntimeError as e:
    print(e)


class Late(ABC):
    def go(self):
        pass


Late.go = abstractmethod(lambda self: None)
update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print(e)


class WithNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def m(self):
        ...


try:
    WithNew()
except TypeError as e:
    print(e)
print(abstractmethod(lambda: 1).__isabstractmethod__, abc.ABC.__slots__)
