# Dict views are live and support set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'd' in k, 4 in v)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(it & {('a', 1), ('b', 99)}, k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'})
print(k.isdisjoint({'x'}), list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d.pop('new')
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
e = {}
print(e.keys(), e.items(), list(e.values()))
print(d.keys().mapping == d if hasattr(d.keys(), 'mapping') else 'nomap')
