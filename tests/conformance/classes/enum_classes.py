# enum module
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), len(Color))
try:
    Color(5)
except ValueError as e:
    print('ValueError', e)
class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], Perm.R.value, Perm.X.value)
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape))
for c in Color:
    print(c.name.lower(), end=' ')
print()
