# common typing usage: Generic, Protocol, NamedTuple, TypedDict, overload, cast, NewType, introspection
import typing
from typing import (TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, Literal, Annotated,
    Callable, ClassVar, get_origin, get_args, overload, cast, NewType, dataclass_transform, List, Dict)
import collections.abc as cabc

T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
b = Box[int](3)
print(b.get(), Box.__parameters__, Box[int].__origin__ is Box, b.__orig_class__.__args__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Literal[1]), get_args(Literal[1, "a"]))
print(get_args(Callable[[int], str]), get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x"]))
print(get_origin(cabc.Callable[[int], str]) is cabc.Callable, get_args(cabc.Iterable[int]))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), issubclass(F, Closable), Closable._is_protocol)

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._fields, p._field_defaults, Point._make([3, 4]), p._asdict(), p.x + p[1])
P2 = NamedTuple("P2", [("a", int), ("b", str)])
print(P2(1, "x"), P2._fields)

class Movie(TypedDict, total=False):
    name: str
    year: int
m: Movie = {"name": "x"}
print(m, sorted(Movie.__optional_keys__), Movie.__total__)
class Movie2(TypedDict):
    title: str
print(sorted(Movie2.__required_keys__), Movie2(title="t"))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f("a"), len(typing.get_overloads(f)))
print(cast(int, "x"), cast("int", 3))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__supertype__ is int, UserId.__name__)

@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__["kw_only_default"])

def g(a: int, b: "str" = "x") -> bool: return True
print(g.__annotations__)
class K:
    a: int
    b: ClassVar[int] = 1
print(sorted(K.__annotations__), K.__annotations__['a'])
print(isinstance([], cabc.Iterable), issubclass(list, cabc.Sequence), typing.TYPE_CHECKING)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic[T], Generic[T]): pass
except TypeError as e:
    print("TypeError", e)
print(typing.assert_type(3, int), typing.no_type_check(g) is g)
