# Class patterns: positional via __match_args__, keyword, builtin types
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r): self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x=0) | Point(y=0):
            return 'on an axis'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Circle(Point(x, y), r=radius):
            return f'circle at {x},{y} r={radius}'
        case Point():
            return 'some point'
        case _:
            return 'not a shape'
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 3), 'x']:
    print(where(o))
for v in [5, 5.0, 'str', b'b', [1], (1,), {'k': 1}, True, None, {1}, frozenset({2})]:
    match v:
        case bool(b):
            r = f'bool {b}'
        case int(i):
            r = f'int {i}'
        case float(f):
            r = f'float {f}'
        case str(s):
            r = f'str {s}'
        case bytes(b):
            r = f'bytes {b!r}'
        case list(l) | tuple(l):
            r = f'list/tuple {l}'
        case dict(d):
            r = f'dict {d}'
        case set() | frozenset():
            r = 'some set'
        case _:
            r = 'other'
    print(repr(v), r)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError', e)
class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)
