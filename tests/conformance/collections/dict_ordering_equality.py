# dict insertion order, equality independent of order, key types
d1 = {'b': 1, 'a': 2}
d2 = {'a': 2, 'b': 1}
print(d1 == d2, list(d1) == list(d2), list(d1), list(d2))
d = {}
for k in [3, 1, 2, 1, 3]:
    d[k] = d.get(k, 0) + 1
print(d)
d = {1: 'int', 'x': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float', frozenset({1}): 'fs', True: 'bool?'}
print(d)
try:
    d[[1]] = 1
except TypeError as e:
    print('TypeError')
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __repr__(self): return f'Key({self.k})'
kd = {Key(1): 'a'}
print(kd[Key(1)], Key(1) in kd, Key(2) in kd, kd)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
big[0] = 'readded'
print(list(big)[-1], big[0])
