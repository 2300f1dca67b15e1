# Iterable unpacking, star targets and errors
a, *b = [1, 2, 3]; print(a, b)
*a, b = 'xyz'; print(a, b)
a, *b, c = range(6); print(a, b, c)
a, *b, c = [1, 2]; print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]; print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
first, second = {'k1': 1, 'k2': 2}; print(first, second)
x = y = z = 0; print(x, y, z)
a, b = b, a = 1, 2; print(a, b)
try:
    a, b = [1]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print('ValueError', e)
try:
    a, b = 5
except TypeError as e:
    print('TypeError', e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', type(e).__name__)
print(*[1, 2], *'ab', *range(2))
print([*'ab', *{'k': 1}], (*[1], 2), {*[1, 2], *[2, 3]}, {**{'a': 1}, **dict(b=2)})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
for src in ['*a = [1]', 'a, *b, *c = [1]', '*a, = [1, 2]']:
    try:
        ns = {}
        exec(src, ns)
        print(src, '->', ns['a'])
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
head, *_ = 'hello'; print(head, _)
