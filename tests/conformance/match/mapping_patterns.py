# Mapping patterns
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extras={sorted(rest)}'
        case {'type': 'resize', 'size': {'w': w, 'h': h}}:
            return f'resize {w}x{h}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty mapping or no type'
        case _:
            return 'not a mapping'
events = [
    {'type': 'click', 'pos': (1, 2)},
    {'type': 'click', 'pos': [3, 4], 'extra': True},
    {'type': 'key', 'key': 'a', 'shift': True, 'ctrl': False},
    {'type': 'key', 'key': 5},
    {'type': 'resize', 'size': {'w': 80, 'h': 24, 'd': 1}},
    {'other': 1},
    {},
    [('type', 'click')],
]
for e in events:
    print(handle(e))
from collections import defaultdict, OrderedDict
dd = defaultdict(int, {'type': 'dd'})
match dd:
    case {'missing': _}:
        print('defaultdict default not used for matching')
    case {'type': t}:
        print('defaultdict matched', t, dict(dd))
match OrderedDict(a=1):
    case {'a': 1, **kw}:
        print('ordered dict', kw)
