# typing features that go through annotationlib in 3.14: reprs of typing aliases, get_type_hints,
# annotations of NamedTuple/TypedDict classes
import typing
from typing import (TypeVar, Generic, NamedTuple, TypedDict, Literal, Annotated, Callable, Final, ClassVar, Any,
    List, Dict, Tuple, Sequence, Mapping, Iterable, get_type_hints, Unpack, Concatenate, ParamSpec, TypeVarTuple)
import collections.abc as cabc
T = TypeVar("T")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(List[int], Dict[str, int], Tuple[int, ...], Callable[[int, str], bool], Callable[..., int])
print(Literal[1, "a"], Annotated[int, "meta"], Final[int], ClassVar[int], Any, Unpack[Ts], [*Ts])
print(cabc.Iterable[int], cabc.Callable[[int], str], Sequence[int], Mapping[str, int], Iterable[str])
print(Callable[P, int], Callable[Concatenate[int, P], int], Tuple[*Ts], tuple[int, *Ts])
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, Generic[T], Generic[T].__args__)
class Box(Generic[T]): pass
class MyList(List[T]): pass
print(Box[int], MyList[int], MyList.__orig_bases__, [c.__name__ for c in MyList.__mro__])
class Stack[T]: pass
print(Stack.__orig_bases__, Stack[int])
type Alias[*Xs] = tuple[int, *Xs]
print(Alias.__value__, Alias.__parameters__, Alias[str, bytes])
def g(a: int, b: "str" = "x") -> List[int]: return [a]
print(get_type_hints(g))
class K:
    a: int
    b: ClassVar[str] = "s"
print(get_type_hints(K))
class Point(NamedTuple):
    x: int
    y: "float" = 0.0
print(Point.__annotations__, get_type_hints(Point))
P2 = NamedTuple("P2", [("a", int), ("b", str)])
print(P2.__annotations__)
class Movie(TypedDict, total=False):
    name: str
    year: int
print(Movie.__annotations__, get_type_hints(Movie))
def h[T: int](x: T) -> list[T]: return [x]
print(get_type_hints(h))
