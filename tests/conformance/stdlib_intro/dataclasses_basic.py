# dataclasses: fields, defaults, default_factory, order, frozen, asdict/astuple, replace, __post_init__,
# repr and eq as CPython generates them.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
print([f.name for f in fields(Point)], fields(Point)[1].default, fields(Point)[0].default is dataclasses.MISSING)
print(asdict(p), astuple(Point(3, 4, ['a'])))
print(replace(p, y=5))
print(Point.__init__.__doc__, Point.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def __post_init__(self):
        if self.major < 0:
            raise ValueError("negative")

print(sorted([Version(2), Version(1, 5), Version(1, 2)]))
print(Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    Version(-1)
except ValueError as e:
    print("ValueError", e)

@dataclass
class Inv:
    total: int = 0
    scale: InitVar[int] = 1
    _: KW_ONLY
    name: str = "n"
    def __post_init__(self, scale):
        self.total *= scale

print(Inv(2, 3, name="z"))

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list, repr=False)
    secret: str = field(default="s", compare=False)

n = Node(1, [Node(2)])
print(n, n == Node(1, [Node(2)], "other"), asdict(n))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), dataclasses.is_dataclass(K), dataclasses.is_dataclass(K(a=1)), dataclasses.is_dataclass(int))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

C = dataclasses.make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"double": lambda self: self.x * 2})
print(C(4), C(4).double())

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), repr(NoEq(1)))

@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, [], 3), [f.name for f in fields(Child)])
