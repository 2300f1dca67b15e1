# reference: CPython 3.14
# functools' C accelerators (_functools): reduce, cmp_to_key's KeyWrapper and the lru_cache wrapper.
import functools, _functools, copy, pickle, weakref

def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(functools._lru_cache_wrapper is _functools._lru_cache_wrapper)

# reduce
add = lambda a, b: a + b
tr(lambda: functools.reduce())
tr(lambda: functools.reduce(add))
tr(lambda: functools.reduce(add, []))
tr(lambda: functools.reduce(add, [], initial=5))
tr(lambda: functools.reduce(add, [1, 2], 5))
tr(lambda: functools.reduce(add, ['a', 'b', 'c']))
tr(lambda: functools.reduce(add, 5))
tr(lambda: functools.reduce(add, [1], 2, 3))
tr(lambda: functools.reduce(function=add, iterable=[1]))
tr(lambda: functools.reduce(add, [1], start=3))
tr(lambda: functools.reduce(1, [1, 2]))
tr(lambda: functools.reduce(1, [7]))
tr(lambda: functools.reduce(add, (x for x in range(5))))
tr(lambda: functools.reduce.__text_signature__)
tr(lambda: functools.reduce.__doc__.splitlines()[0])

# cmp_to_key
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, type(K).__qualname__, type(K(1)) is type(K))
tr(lambda: [K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) != K(1)])
tr(lambda: K(1) < 2)
tr(lambda: hash(K(1)))
tr(lambda: type(K).__hash__)
tr(lambda: (K(1).obj, K(obj=3).obj, K.obj))
tr(lambda: K())
tr(lambda: K(1, 2))
tr(lambda: K(x=1))
tr(lambda: functools.cmp_to_key())
tr(lambda: functools.cmp_to_key(mycmp=None)(1) < functools.cmp_to_key(None)(2))
tr(lambda: K < K)
tr(lambda: K(1).__text_signature__)
tr(lambda: functools.cmp_to_key.__text_signature__)
tr(lambda: sorted([3, 1, 2], key=K))
tr(lambda: sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())), reverse=True))
k = K(5); k.obj = 7; print(k.obj); del k.obj; print(k.obj)
tr(lambda: k < K(1))
tr(lambda: functools.cmp_to_key(lambda a, b: 'x')(1) < functools.cmp_to_key(lambda a, b: 'x')(2))
tr(lambda: repr(type(K).obj))
tr(lambda: type('X', (type(K),), {}))

# lru_cache
W = _functools._lru_cache_wrapper
print(W.__module__, W.__qualname__, W.__doc__.splitlines()[0], W.__text_signature__)
tr(lambda: W(1, 2, True, 3))
tr(lambda: W(len, 'x', True, 3))
tr(lambda: W(len, 1.5, True, 3))
tr(lambda: W(len, 2**70, False, 3))
tr(lambda: W(len))
tr(lambda: type('X', (W,), {}))
tr(lambda: functools.lru_cache('x'))

@functools.lru_cache
def f(x, y=1):
    "doc of f"
    return x + y

print(f(1), f(1), f(1, y=2), f(x=1), f(1, 1), f.cache_info(), f.cache_parameters())
tr(lambda: f([1]))
tr(lambda: f({}, y=[2]))
tr(lambda: f(1, y={}))
print(type(f).__name__, f.__wrapped__.__name__, f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__reduce__(), copy.copy(f) is f, copy.deepcopy(f) is f, pickle.loads(pickle.dumps(f)) is f)
print(weakref.ref(f)() is f, sorted(f.__dict__))
f.extra = 1
print(f.extra, 'extra' in f.__dict__)

class C:
    def __init__(self, n): self.n = n
    @functools.lru_cache(maxsize=2)
    def m(self, a): return a * self.n
    def __hash__(self): return 1
    def __eq__(self, other): return self.n == other.n

c = C(3)
print(c.m(2), c.m(2), C(3).m(2), C(4).m(2), C.m.cache_info(), C.__dict__['m'] is C.m, c.m.__func__ is C.m)

g = functools.lru_cache(maxsize=0)(lambda x: x)
print(g(1), g(1), g.cache_info())
h = functools.lru_cache(maxsize=None, typed=True)(lambda x: x)
print(h(1), h(1.0), h(True), h(1), h.cache_info())
u = functools.lru_cache(maxsize=None)(lambda x: x)
print(u(1), u(1.0), u(True), u.cache_info())
b = functools.lru_cache(2)(lambda x: x * 10)
for i in [1, 2, 1, 3, 2, 1, 4, 4]:
    b(i)
print(b.cache_info())
b.cache_clear()
print(b.cache_info(), b(9), b.cache_info())
neg = functools.lru_cache(-5)(lambda: 1)
print(neg(), neg(), neg.cache_info())

# Keyword order matters; typed distinguishes argument types.
kw = functools.lru_cache(typed=True)(lambda **k: sorted(k.items()))
print(kw(a=1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw(a=1.0, b=2), kw.cache_info())

# A recursive cached function sees its own entries; eviction order is least recently used.
@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
calls = []
@functools.lru_cache(maxsize=2)
def rec(x):
    calls.append(x)
    return x
for x in [1, 2, 1, 3, 2, 1]:
    rec(x)
print(calls, rec.cache_info())

# cache_clear from inside the cached call; an exception is not cached.
@functools.lru_cache(maxsize=2)
def clears(x):
    clears.cache_clear()
    return x
print(clears(1), clears(2), clears(3), clears.cache_info())
n = [0]
@functools.lru_cache
def fails(x):
    n[0] += 1
    raise ValueError(x)
for _ in range(2):
    tr(lambda: fails(1))
print(n, fails.cache_info())
