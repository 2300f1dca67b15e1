# in / not in / is / is not
print(1 in [1, 2], 3 not in [1, 2], 'a' in 'cat', 'at' in 'cat', '' in 'x', 'x' in '')
print(1 in {1: 'a'}, 'a' in {1: 'a'}, 2 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
print(1 in (1.0,), True in [1], None in [None], float('nan') in [float('nan')])
n = float('nan'); print(n in [n])
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(-5, 0))
print(b'b' in b'abc', 98 in b'abc')
a = [1]; b = a; c = [1]
print(a is b, a is c, a == c, a is not c, None is None)
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
print(2 in Box([1, 2]), 5 not in Box([1]))
class IterOnly:
    def __iter__(self): return iter([10, 20])
print(20 in IterOnly(), 30 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(30 in GetItemOnly(), 35 in GetItemOnly())
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError', e)
d = {'k': 1}
print('k' in d.keys(), 1 in d.values(), ('k', 1) in d.items())
