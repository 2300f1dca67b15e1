# Functions as values: map/filter/reduce/partial/composition
from functools import reduce, partial
nums = list(range(1, 11))
print(list(map(lambda x: x ** 2, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=16)('ff'), partial(sorted, key=len)(['aaa', 'b', 'cc']))
p = partial(lambda a, b, c: (a, b, c), 1, c=3)
print(p(2), p.args, p.keywords)
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda x: x - 10)(3))
def apply_n(f, n): return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda v: v * 2, 10)(1))
funcs = [len, str.upper, lambda s: s[::-1], sorted]
print([f('hello') for f in funcs])
print(max(['apple', 'fig', 'banana'], key=len), min([(2, 'b'), (1, 'z')], key=lambda t: t[1]))
