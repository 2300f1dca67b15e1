# reference: CPython 3.14
# dict() constructor forms
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print(dict([('k', 1), ('k', 2)]), dict([[1, 2], 'xy']), dict(((i, i * i) for i in range(3))))
for bad in [[1, 2], [(1,)], ['abc'], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print('TypeError', e)
class Mapping:
    def keys(self): return ['one', 'two']
    def __getitem__(self, k): return len(k)
print(dict(Mapping()))
print(dict.fromkeys(range(3), 'x'), dict(dict(a=1)) == {'a': 1})
