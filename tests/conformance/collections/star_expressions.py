# Star expressions in displays, calls, returns and for targets
def pair(): return 1, 2
t = (*pair(), 3)
print(t, [*pair(), *pair()], {*pair()}, {'a': 0, **{'b': 1}})
def f(a, b, c=0, *rest, **kw): return a, b, c, rest, kw
print(f(*[1, 2]), f(*'ab', *'cd'), f(1, *[2], c=3, **{'d': 4}), f(**{'a': 1, 'b': 2}))
try:
    f(1, **{'a': 2, 'b': 3})
except TypeError as e:
    print('TypeError', e)
try:
    f(*1)
except TypeError as e:
    print('TypeError', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, **{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError', e)
def ret(): return *range(3), 'end'
print(ret())
for a, *b in ['abc', 'de']:
    print(a, b)
print(*(x for x in range(3)), sep=',')
data = [[1, 2], [3, 4]]
print(list(zip(*data)), max(*data[0]), min(*'hello'))
x = [*range(2), *[], *()]
print(x, (*'ab',), [*{1: 'k'}.items()])
