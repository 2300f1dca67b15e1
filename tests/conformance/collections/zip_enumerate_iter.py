# Iteration helpers over collections
names = ['a', 'b', 'c']
ages = [1, 2, 3, 4]
print(list(zip(names, ages)), list(zip()), list(zip(names)), dict(zip(names, ages)))
print(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate('', 5)))
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip(names, ages[:3], strict=True)))
print(list(reversed(names)), list(map(lambda n, a: n * a, names, ages)), list(filter(None, [0, 1, '', 'x', None])))
it = iter(names)
print(next(it), list(it))
import itertools
print(list(itertools.chain([1], (2,), 'ab')), list(itertools.islice(itertools.count(5, 2), 4)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.product('ab', repeat=2)))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations(range(4), 2)))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')], list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.dropwhile(lambda x: x < 8, range(10))))
print(list(itertools.pairwise('abcd')), list(itertools.batched(range(7), 3)), list(itertools.repeat('x', 3)))
