# *args / **kwargs forwarding and manipulation
def show(*args, **kwargs):
    return f'args={args} kwargs={dict(sorted(kwargs.items()))}'
def forward(*args, **kwargs):
    return show(*args, 'extra', **kwargs, added=True)
print(forward(1, 2, x=3))
def split_kw(a, b=None, **rest):
    return a, b, rest
print(split_kw(1, c=3), split_kw(b=2, a=1, z=0), split_kw(**{'a': 'A', 'b': 'B', 'c': 'C'}))
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(), sum_all(1, 2, 3), sum_all(1, start=100), sum_all(*range(10)))
def kw_order(**kw): return list(kw)
print(kw_order(z=1, a=2, m=3), kw_order(**{'b': 1}, a=2))
args = (1, 2)
kwargs = {'c': 3}
def abc(a, b, c): return a * 100 + b * 10 + c
print(abc(*args, **kwargs), abc(*args, c=9), abc(1, *(2, 3)))
def mutate(*args, **kwargs):
    kwargs['new'] = 1
    return type(args).__name__, type(kwargs).__name__
d = {'k': 0}
print(mutate(**d), d)
def weird(**kwargs): return kwargs
print(weird(**{'not an identifier': 1, '1': 2}))
