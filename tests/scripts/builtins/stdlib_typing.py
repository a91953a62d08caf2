# typing: the common names, their reprs, generics, NamedTuple/TypedDict/Protocol, get_type_hints.
from typing import *
import typing
T = TypeVar('T'); KT = TypeVar('KT', bound=int); V = TypeVar('V', covariant=True)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int], Union[int, None, str], Optional[Union[int,str]])
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None], Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Any, T, KT, V, KT.__bound__, T.__name__, Iterable[int], Iterator[str], AsyncIterator[int], Awaitable[int], Coroutine[Any, Any, int], Type[int], Set[int], FrozenSet[str])
print(Dict[str, T][int], List[T], List[T].__parameters__, Dict[str, int].__args__, Dict[str, int].__origin__, Optional[int].__args__)
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box.__mro__, Box[int].__origin__)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def total(self): return str(self.x) + self.y
print(P(1), P(1,'b')._replace(x=3), P._fields, P._field_defaults, P.__annotations__, P.__mro__, P(2).total())
Q = NamedTuple('Q', [('a', int), ('b', float)])
print(Q(1, 2.0), Q.__annotations__)
class Proto(Protocol):
    def meth(self) -> int: ...
try: isinstance(1, Proto)
except TypeError as e: print(e)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(get_origin(List[int]), get_args(Dict[str,int]), get_args(Callable[[int], str]), cast(int, 'x'))
print(Literal[1, 'a'], ClassVar[int], Final[int], Annotated[int, 'm'], NoReturn, typing.Never, typing.Self)
UserId = NewType('UserId', int); print(UserId, UserId(5))
try: List()
except TypeError as e: print(e)
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance([], Iterable), isinstance(1, Iterable), int | List[int], List[int] | None)
try: Any()
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]), List[int] == List[int])
print(Box[int] == Box[int], Generic[T], Protocol, Generic)
def f(a: List[int], b: Optional['Box'] = None) -> Dict[str, Any]: pass
print(f.__annotations__)
print(get_type_hints(f))
print(TYPE_CHECKING, AnyStr, Text, Hashable, Sized, Sequence[int], Mapping[str, int], MutableMapping, Deque[int], DefaultDict[str, int], Generator[int, None, None], AsyncGenerator[int, None])
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m), Movie.__required_keys__ == {'name', 'year'})
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((x for x in []), Generator), isinstance(3, Hashable), isinstance([], Hashable))
async def co(): pass
c = co(); print(isinstance(c, Awaitable), isinstance(c, Coroutine)); c.close()
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt))


async def fetch(url: str, retries: Optional[int] = None) -> Coroutine[Any, Any, Dict[str, List[int]]]:
    return {}


print(fetch.__annotations__)
Pair = Tuple[KT, VT] if False else Tuple[T, T]
print(Pair, Pair[int], Pair.__parameters__)
IntList = List[int]
print(IntList([1, 2]) if False else IntList.__origin__, List[int] == List[int], List[int] != List[str])


class Node(Generic[T]):
    children: List["Node[T]"]

    def __init__(self, value: T):
        self.value = value


print(Node[int](1).value, Node.__parameters__, get_type_hints(Node.__init__))
print(isinstance(Node(1), Node), Node[str].__args__)
Point = NamedTuple('Point', x=int, y=int)
print(Point(1, 2), Point._fields)
print(typing.get_origin(int | str) is type(int | str), typing.get_args(int | str))
print(Union[int, List[int]], Optional[Callable[[int], str]], Union[int, str] | None)
print(List[Union[int, str]], Dict[str, Optional[int]])
