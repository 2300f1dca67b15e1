# mappingproxy forwards str, comparisons, |, reversed() and lookups to its mapping
import types
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp, str(mp), repr(mp), mp == d, mp != {'a': 1}, d == mp, len(mp), 'a' in mp, mp['b'], mp.get('z', 0))
print(mp | {'c': 3}, {'z': 0} | mp, list(reversed(mp)), list(mp.keys()), list(mp.items()), mp.copy())
d['c'] = 3
print(mp, sorted(mp))
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    mp |= {'y': 1}
except TypeError as e:
    print('TypeError', e)
class C:
    x = 1
print(type(C.__dict__).__name__, C.__dict__['x'], C.__dict__ == dict(C.__dict__))
try:
    hash(mp)
except TypeError as e:
    print('TypeError', e)
print(hash(types.MappingProxyType(types.MappingProxyType({}))) if False else 'skip')
