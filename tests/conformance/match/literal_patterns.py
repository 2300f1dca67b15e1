# Literal and value patterns
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case True:
            return 'True'
        case None:
            return 'None'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 1 + 2j:
            return 'complex'
        case _:
            return f'other: {x!r}'
for v in [0, 2, -1, 'hello', b'bytes', True, None, 1.5, 2j, 1 + 2j, False, 1.0, 'x', 3.0]:
    print(repr(v), '->', describe(v))
class Const:
    RED = 'red'
    LIMIT = 10
def color(c):
    match c:
        case Const.RED:
            return 'matched dotted name'
        case Const.LIMIT:
            return 'matched limit'
    return 'no match'
print(color('red'), color(10), color(10.0), color('blue'))
