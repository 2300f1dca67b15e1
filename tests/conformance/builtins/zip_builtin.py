# zip() including strict
print(list(zip([1, 2, 3], 'abc')), list(zip()), list(zip([1])), list(zip([1, 2], [3])), list(zip('ab', 'cd', 'ef')))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])), list(zip(range(3), range(10, 13), strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print('ValueError', e)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), type(z).__name__)
try:
    zip(1)
except TypeError as e:
    print('TypeError', e)
consumed = []
def gen(tag, n):
    for i in range(n):
        consumed.append(f'{tag}{i}')
        yield i
print(list(zip(gen('a', 3), gen('b', 1))), consumed)
