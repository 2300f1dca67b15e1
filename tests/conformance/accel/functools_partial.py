# reference: CPython 3.14
# functools.partial and Placeholder (the C types of _functools): merging, flattening, binding, pickling.
import functools, pickle, copy, inspect, weakref
from functools import partial, Placeholder as P
def tr(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class F:
    def __call__(self, *a, **k): return a, k
    def __repr__(self): return "f"
f = F()
print(partial, partial.__module__, partial.__qualname__, partial.__text_signature__, partial.__doc__.splitlines()[0])
print(type(P), P, repr(P), P.__reduce__(), type(P)() is P, copy.copy(P) is P, pickle.loads(pickle.dumps(P)) is P)
tr(lambda: type(P)(1))
tr(lambda: type('X', (type(P),), {}))
p = partial(f, 1, 2, a=3)
print(p, p(3, b=4), p(a=5), p.func is f, p.args, p.keywords)
tr(lambda: partial())
tr(lambda: partial(func=f))
tr(lambda: partial(1))
tr(lambda: partial(f, 1, P))
tr(lambda: partial(f, a=P))
q = partial(f, P, 2, P, 4)
print(q, q(1, 3), q(1, 3, 5, x=6))
tr(lambda: q(1))
r = partial(q, 10)
print(r, r.args, r(30))
r2 = partial(q, 10, 30, 50)
print(r2, r2.args, r2())
nest = partial(partial(f, 1, k=1), 2, k=2, j=3)
print(nest, nest.func is f, nest.args, nest.keywords)
pd = partial(f, 1); pd.attr = 5
nest2 = partial(pd, 2)
print(nest2.func is pd, nest2.args, pd.__dict__)
tr(lambda: setattr(p, 'func', len))
tr(lambda: setattr(p, 'args', ()))
tr(lambda: delattr(p, 'keywords'))
p.keywords['z'] = 9
print(p(), p.__reduce__())
p2 = pickle.loads(pickle.dumps(partial(max, 1, key=abs)))
print(p2, p2(-5))
s = partial(f); 
tr(lambda: s.__setstate__((len, (1,), None, None)) or (s, s(), s.__dict__))
tr(lambda: s.__setstate__([len, (), None, None]))
tr(lambda: s.__setstate__((len, (), None)))
tr(lambda: s.__setstate__((1, (), None, None)))
tr(lambda: s.__setstate__((len, [], None, None)))
tr(lambda: s.__setstate__((len, (1, P), None, None)))
tr(lambda: s.__setstate__((f, (P, 1), {'a': 1}, {'x': 2})) or (s, s.x, s(0)))
class C:
    m = partial(f, 'm')
c = C()
print(c.m(1)[0][0] is c or c.m(1)[0][1] is c, C.m is C.__dict__['m'], type(c.m).__name__)
class Sub(partial):
    pass
sp = Sub(f, 1)
print(sp, type(sp).__name__, Sub(sp, 2).args, isinstance(Sub(sp,2).func, Sub))
sp.x = 1
print(Sub(sp, 2).func is sp)
rec = partial(f); rec.__setstate__((f, (None,), None, None))
ps = partial(f); ps.__setstate__((f, (ps,), {'me': ps}, None)); print(repr(ps))
print(partial[int], weakref.ref(p)() is p, str(inspect.signature(partial(lambda a, b, c=1: 0, 1))))
print(partial(f, 1) == partial(f, 1), hash(p) == hash(p))
print(repr(partial.func), repr(partial.__dict__['__dict__'])[:30], sorted(k for k in partial.__dict__ if not k.startswith('__')))
tr(lambda: partial(f, **{'a': 1})(**{'a': 2}))
tr(lambda: list(map(partial(pow, 2), range(5))))
