# reference: CPython 3.14
# Messages of common built-in errors
import math
cases = [
    ('[][0]', lambda: [][0]),
    ('(1,)[5]', lambda: (1,)[5]),
    ("{}['k']", lambda: {}['k']),
    ('None.attr', lambda: None.attr),
    ('1 + None', lambda: 1 + None),
    ('len(5)', lambda: len(5)),
    ("int('x')", lambda: int('x')),
    ("float('y')", lambda: float('y')),
    ('undefined', lambda: undefined_name),
    ('iter(5)', lambda: iter(5)),
    ('next(iter([]))', lambda: next(iter([]))),
    ('[].pop()', lambda: [].pop()),
    ('None()', lambda: (lambda n: n())(None)),
    ("'a' < 1", lambda: 'a' < 1),
    ('hash([])', lambda: hash([])),
    ("'%d' % 'a'", lambda: '%d' % 'a'),
    ('[1, 2][1:2:0]', lambda: [1, 2][1:2:0]),
    ('object().x = 1', lambda: setattr(object(), 'x', 1)),
    ("getattr(1, 'nope')", lambda: getattr(1, 'nope')),
    ('int.nope', lambda: int.nope),
    ('chr(-1)', lambda: chr(-1)),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
    ('[1].index(2)', lambda: [1].index(2)),
    ('{1}.remove(2)', lambda: {1}.remove(2)),
    ('list(5)', lambda: list(5)),
    ('max()', lambda: max()),
    ('min([])', lambda: min([])),
    ('sum([], [])', lambda: sum([[1]], [])),
    ('sum(["a"], "")', lambda: sum(['a'], '')),
    ("import nope", lambda: __import__('nope_module_xyz')),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, '-> no error', r)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
