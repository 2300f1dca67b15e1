match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "a":
        pass
    case "a" "b":
        pass
    case b"x":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case a:
        pass
    case _:
        pass

match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case [a, b]:
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as x:
        pass
    case [1, 2] as y:
        pass
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case {a.b: 1, -1: 2, None: 3}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.B(c, d=e):
        pass
    case [Point(x=0, y=0), *rest] if rest:
        pass
    case {"x": [1, {"y": z}]} if z > 0:
        pass
    case str() | bytes():
        pass

match x, y:
    case a, b:
        pass

match (x):
    case a:
        pass

match -x:
    case _:
        pass

match [a, b]:
    case [a, b]:
        pass

match *a, b:
    case _:
        pass

match f(x):
    case 1: pass
    case 2: pass
