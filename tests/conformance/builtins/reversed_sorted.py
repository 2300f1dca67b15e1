# reversed() and sorted()
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    reversed(iter([1]))
except TypeError as e:
    print('TypeError', e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(reversed([])).__name__)
print(sorted([3, 1, 2]), sorted('cba'), sorted((3, 1)), sorted({2: 'a', 1: 'b'}), sorted([3, 1, 2], reverse=True))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([], key=len))
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    sorted(5)
except TypeError as e:
    print('TypeError', e)
original = [3, 1, 2]
s = sorted(original)
print(original, s, s is original)
