# dict methods and ordering
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('z', 'dflt'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
try:
    d['nope']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
print(d.setdefault('b', 99), d.setdefault('n', []), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.popitem(), d.popitem(), d)
d2 = d.copy(); d2.clear(); print(d2, d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({'k': 'v'}, k2='v2'))
e = {'one': 1, 'two': 2}
e['one'] = 11
del e['two']
e['two'] = 22
print(e, list(e))
print(d | {'new': 1}, {'a': 1} | {'a': 2})
f = {'a': 1}; f |= {'b': 2}; print(f)
print(dict(zip('abc', range(3))), {k: v for k, v in zip('xy', 'XY')})
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
print(reversed({'a': 1, 'b': 2}).__class__.__name__, list(reversed({'a': 1, 'b': 2})))
