# Match with dataclasses, enums, and nested structures
from dataclasses import dataclass
from enum import Enum
class Op(Enum):
    ADD = '+'
    MUL = '*'
@dataclass
class Num:
    v: int
@dataclass
class Bin:
    op: Op
    left: object
    right: object
def simplify(e):
    match e:
        case Bin(Op.ADD, Num(0), x) | Bin(Op.ADD, x, Num(0)):
            return simplify(x)
        case Bin(Op.MUL, Num(1), x) | Bin(Op.MUL, x, Num(1)):
            return simplify(x)
        case Bin(Op.MUL, Num(0), _) | Bin(Op.MUL, _, Num(0)):
            return Num(0)
        case Bin(op, l, r):
            return Bin(op, simplify(l), simplify(r))
        case _:
            return e
print(simplify(Bin(Op.ADD, Num(0), Num(5))))
print(simplify(Bin(Op.MUL, Bin(Op.ADD, Num(2), Num(0)), Num(1))))
print(simplify(Bin(Op.MUL, Num(7), Num(0))))
print(simplify(Bin(Op.ADD, Num(1), Bin(Op.MUL, Num(1), Num(9)))))
match Op.MUL:
    case Op.ADD:
        print('add')
    case Op.MUL:
        print('mul by value pattern')
