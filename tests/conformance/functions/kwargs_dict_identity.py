# **kwargs gets a fresh dict; argument binding order
def f(**kw):
    kw['added'] = True
    return kw
src = {'a': 1}
out = f(**src)
print(src, out, out is src)
def g(a, b, *args, c=0, **kw):
    return dict(a=a, b=b, args=args, c=c, kw=kw)
print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
print(g(*[1, 2, 3], **{'c': 7, 'z': 8}))
print(g(b=2, a=1))
def h(x, *, y): return x, y
print(h(y=2, x=1))
def order(**kw): return list(kw.items())
print(order(b=1, a=2), order(**dict(z=1, y=2), x=3))
