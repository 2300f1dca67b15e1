# Tuples: immutability, methods, packing/unpacking, comparison
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:3], t[::-1], t + (4,), t * 2)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
single = 5,
empty = ()
print(single, empty, type(single).__name__, len(empty), tuple([1, 2]), tuple('ab'), tuple(range(2)))
a, b, c = 'xyz'
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print((1, 2) < (1, 2, 3), (1, 'a') < (1, 'b'), (2,) > (1, 100), (1, 2) == (1, 2))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([(2, 'x'), (1, 'y'), (2, 'a')]))
print(tuple(x * x for x in range(4)), hash((1, 2)) == hash((1, 2)))
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
print(isinstance(p, tuple), p == (3, 4), tuple(p))
