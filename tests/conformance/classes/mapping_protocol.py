# A custom mapping via collections.abc.MutableMapping
from collections.abc import MutableMapping
class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f'LowerDict({self._d})'
d = LowerDict({'A': 1}, B=2)
d['c'] = 3
print(d, d['a'], d['C'], 'b' in d, 'B' in d, len(d), list(d), list(d.items()), d.get('x', 'dflt'))
print(d.pop('A'), d.setdefault('D', 4), d)
del d['b']
print(dict(d), d == {'c': 3, 'd': 4})
try:
    d['zz']
except KeyError as e:
    print('KeyError', e)
class KeysOnly:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(KeysOnly()), {**KeysOnly()})
def f(**kw): return kw
print(f(**KeysOnly()))
