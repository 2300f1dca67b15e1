# dict subclasses, __missing__, fromkeys sharing, get vs [] semantics
class Default(dict):
    def __missing__(self, key):
        return f'missing:{key}'
d = Default(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d))
class Counting(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
c = Counting()
c['x'] = 5
c.update(y=1)
print(c)
shared = dict.fromkeys(['a', 'b'], [])
shared['a'].append(1)
print(shared)
nested = {}
nested.setdefault('x', {}).setdefault('y', []).append(1)
nested.setdefault('x', {}).setdefault('y', []).append(2)
print(nested)
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
from collections import Counter
text = 'one two three two three three'
freq = Counter(text.split())
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(freq, key=freq.get), sorted(freq, key=freq.get))
print({**{'a': 1}, 'a': 2}, dict({'a': 1}, a=3))
m = {'k': 1}
print(m.__getitem__('k'), m.__contains__('k'), m.__len__(), dict.get(m, 'k'))
