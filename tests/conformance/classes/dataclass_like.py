# dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
@dataclass
class Bag:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p), replace(p, y=9))
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1, Version(0)]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except Exception as e:
    print(type(e).__name__, e)
b1, b2 = Bag(), Bag()
b1.items.append(1)
print(b1, b2, b1.count)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError', e)
print(Point.__match_args__ if hasattr(Point, '__match_args__') else None)
match p:
    case Point(1, y):
        print('matched dataclass with y =', y)
