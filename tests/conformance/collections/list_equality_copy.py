# Equality, copying, and containment in lists of mixed items
a = [1, 'two', 3.0, [4], (5,), {'six': 6}, None]
b = list(a)
c = a[:]
d = a.copy()
print(a == b == c == d, a is b, a[3] is b[3])
b[3].append('shared')
print(a[3], c[3], d[3])
print(a.index(3.0), a.index(3), [4, 'shared'] in a, None in a, a.count(None))
e = [float('nan')]
print(e == e, e[0] == e[0], e.count(e[0]), e.index(e[0]))
print([1, 2, 3] != [1, 2, 4], [] == [], [[]] == [[]], [1] == [1.0], [1] == [True])
print([3, 2] > [2, 99, 99], [1, 2] < [1, 2, 0], [] < [0], ['a'] < ['b'])
print(list(map(list, [(1, 2), 'ab'])))
