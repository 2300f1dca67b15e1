# Builtin types matching their subject as a whole with one positional pattern
for v in [3, 'text', 2.5, (1, 2), [3], {'a': 1}, b'x', bytearray(b'y'), frozenset({1}), True]:
    match v:
        case int(n) if not isinstance(v, bool):
            print('int', n)
        case str(s):
            print('str', s.upper())
        case float(f):
            print('float', f * 2)
        case tuple((a, b)):
            print('tuple', a + b)
        case list([x]):
            print('list single', x)
        case dict({'a': a}):
            print('dict a =', a)
        case bytes(b) | bytearray(b):
            print('bytes-like', bytes(b))
        case frozenset(s):
            print('frozenset', sorted(s))
        case bool(b):
            print('bool', b)
class MyInt(int): pass
match MyInt(7):
    case int(x):
        print('subclass matched int()', x, type(x).__name__)
