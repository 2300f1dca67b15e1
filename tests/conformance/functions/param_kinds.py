# All parameter kinds
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4, extra='x'))
print(f(*[1, 2, 3], d=0), f(1, **{'d': 9, 'b': 'kw-b'}))
def g(*, only): return only
print(g(only=1))
def h(x, /): return x
print(h(5))
def k(**kw): return sorted(kw.items())
print(k(), k(a=1, b=2))
def v(*a): return a
print(v(), v(1), v(*range(3)))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_varnames[:7])
import inspect
print(inspect.signature(f), inspect.signature(g), inspect.signature(h), inspect.signature(k))
for p in inspect.signature(f).parameters.values():
    print(p.name, p.kind.name, p.default is inspect.Parameter.empty)
