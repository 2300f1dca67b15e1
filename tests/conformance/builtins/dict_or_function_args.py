# dict | dict returns a plain dict for dict subclasses (|= keeps the subclass); types.FunctionType
# argument checks.
import collections, types

class D(dict):
    pass

print(type(D(a=1) | {'b': 2}).__name__, D(a=1) | {'b': 2}, type({} | D()).__name__)
d = D(a=1)
d |= {'b': 2}
print(type(d).__name__, d)
print(type(collections.OrderedDict(a=1) | {}).__name__, type(collections.defaultdict(int) | {}).__name__)
try:
    D() | [('a', 1)]
except TypeError as e:
    print('TypeError', e)

def ex(a, /, b, *, c):
    return a + b + c

for args in [(1, None, {'c': 3}), (None, 1, None), (None, None, 1), ((), None, None), ((5,), None, {'c': 1})]:
    try:
        f = types.FunctionType(ex.__code__, {}, 'func', *args)
        print('ok', f.__name__, f.__defaults__, f.__kwdefaults__)
    except TypeError as e:
        print('TypeError', e)
for name in (1, b'x', None, 'g'):
    try:
        print(types.FunctionType(ex.__code__, {}, name).__name__)
    except TypeError as e:
        print('TypeError', e)
