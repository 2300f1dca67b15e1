match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0,):
        pass
    case {**rest}:
        pass
    case [1, [2, *_]]:
        pass
    case -0j:
        pass
    case 1 - 0j:
        pass
    case -1.5 + 2.5j:
        pass
    case (a | b) as c if c:
        pass
    case Color.RED | Color.GREEN:
        pass
    case a.b.c.d:
        pass
    case ((a, b), (c, d)):
        pass
    case [a, b,]:
        pass
    case {"k": v, 1: w,}:
        pass
    case C(a, b, c=d):
        pass
    case (1 | 2 | 3) | 4:
        pass
    case ((a)):
        pass
    case "a" | b"b":
        pass
    case [*rest]:
        pass
    case (*rest,):
        pass
    case x if (y := x):
        pass
match = {"a": 1}
match["a"]
match(a, b)
match -1:
    case -1: pass
match x,:
    case (y,): pass
match not_a_keyword:
    case case: pass
def f(match, case):
    match match:
        case case:
            return case
