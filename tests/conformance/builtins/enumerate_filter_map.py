# enumerate, filter, map
e = enumerate('abc', start=1)
print(next(e), list(e), list(enumerate([])), list(enumerate(range(3), -1)), type(enumerate([])).__name__)
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, False, 2, '', 'x'])), list(filter(str.isupper, 'aBcD')))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(map(str, range(3))), list(map(len, ['a', 'bb'])), list(map(int, '123')))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
try:
    map(len)
except TypeError as e:
    print('TypeError', e)
try:
    list(map(len, [1]))
except TypeError as e:
    print('TypeError', e)
try:
    enumerate(5)
except TypeError as e:
    print('TypeError', e)
print(dict(enumerate('xy')), list(zip(*enumerate('ab'))))
