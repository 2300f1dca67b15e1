# Sequence patterns with star, nested, and type restrictions
def seq(x):
    match x:
        case []:
            return 'empty'
        case [one]:
            return f'single {one}'
        case [first, second]:
            return f'pair {first},{second}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long {first}..{last} ({len(middle)} in middle)'
        case [first, *rest]:
            return f'head {first} tail {rest}'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), 'ab', 'abc', range(3), b'ab', {1, 2}, iter([1])]:
    r = seq(v)
    print(type(v).__name__, r)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print('nested', a, b, c, d)
match (1, 2, 3):
    case [1, *_]:
        print('tuple matched by list pattern')
match [1, 2]:
    case (1, 2):
        print('list matched by tuple pattern')
match [1, 2, 3, 4]:
    case [*init, 4]:
        print('star first', init)
import collections
match collections.deque([1, 2]):
    case [a, b]:
        print('deque is a sequence', a, b)
match 'hello':
    case [*chars]:
        print('str matched?')
    case str() as s:
        print('str not a sequence for matching', s)
