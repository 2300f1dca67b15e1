# contextvars: ContextVar get/set/reset, Token, Context as a mapping, copy_context, Context.run.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def noaddr(r):
    return r.split(' at 0x')[0]


def err(f):
    try:
        r = f()
    except Exception as e:
        print('  ', type(e).__name__ + ':', noaddr(str(e)))
    else:
        print('  ok', noaddr(repr(r)))


print(contextvars.__all__)
print(Context.__module__, ContextVar.__module__, Token.__module__, Context.__name__, Token.__qualname__)

a = ContextVar('a')
b = ContextVar('b', default=42)
print(noaddr(repr(a)), noaddr(repr(b)), a.name, b.name)
print(noaddr(repr(ContextVar('c', default=[1, 'x']))))

# get with and without defaults
err(lambda: a.get())
print(a.get(7), b.get(), b.get(8), a.get(None))
try:
    a.get()
except LookupError as e:
    print('LookupError arg is the var:', e.args[0] is a)

# set returns a token
t1 = a.set(1)
print(type(t1).__name__, t1.var is a, t1.old_value is Token.MISSING, repr(Token.MISSING))
print(noaddr(repr(t1)))
t2 = a.set(2)
print(a.get(), t2.old_value)
a.reset(t2)
print(a.get())
print(noaddr(repr(t2)))
err(lambda: a.reset(t2))           # already used
a.reset(t1)
err(lambda: a.get())
err(lambda: b.reset(b.set(1)) or b.get())
err(lambda: a.reset(b.set(5)))     # token of another var
err(lambda: a.reset(1))
err(lambda: a.set())
err(lambda: a.set(1, 2))
err(lambda: a.get(1, 2))
err(lambda: a.reset())
print(b.get())

# constructor errors
err(lambda: ContextVar())
err(lambda: ContextVar(name='x'))
err(lambda: ContextVar('x', 1))
err(lambda: ContextVar(1))
err(lambda: ContextVar('a', foo=1))
err(lambda: ContextVar('a', default=1, foo=2))
err(lambda: ContextVar(default=2))
err(lambda: Token())
err(lambda: Context(1))
err(lambda: Context(x=1))
err(lambda: copy_context(1))

# hashing
print(hash(a) == hash(a), isinstance(hash(a), int))
err(lambda: hash(copy_context()))
err(lambda: hash(a.set(0)))
print(Context.__hash__, Token.__hash__)
d = {a: 1, b: 2}
print(d[a], d[b])

# Context is an immutable Mapping snapshot
c = ContextVar('c')
ctx0 = copy_context()
print(len(ctx0), a in ctx0, b in ctx0, c in ctx0)
c.set('c1')
ctx1 = copy_context()
print(len(ctx0), len(ctx1), c in ctx0, c in ctx1, ctx1[c], ctx1.get(c), ctx0.get(c), ctx0.get(c, 'dflt'))
err(lambda: ctx0[c])
err(lambda: ctx0[1])
err(lambda: 1 in ctx0)
err(lambda: ctx0.get(1))
err(lambda: ctx0.get())
err(lambda: ctx0.get(c, 1, 2))
err(lambda: ctx0.items(1))
names = lambda it: sorted(v.name for v in it)
print(names(ctx1), names(ctx1.keys()), sorted(map(str, ctx1.values())))
print(sorted((k.name, v) for k, v in ctx1.items()))
it = iter(ctx1)
print(type(it).__name__, type(ctx1.keys()).__name__, type(ctx1.values()).__name__, type(ctx1.items()).__name__)
print(len(it), iter(it) is it)
next(it)
print(len(it))
print(ctx0 == ctx0.copy(), ctx0 == ctx1, ctx0 != ctx1, ctx1 == copy_context(), ctx1.__eq__(1))
print(Context() == Context(), len(Context()), list(Context()))

# run enters the context; changes stay in it
v = ContextVar('v', default='outer-default')
ctx = copy_context()


def inner(x, *, y):
    print('  in run:', v.get(), x, y)
    v.set('inside')
    print('  after set:', v.get())
    return 'result'


print(ctx.run(inner, 1, y=2), v.get(), ctx[v])
print(ctx.run(v.get))
err(lambda: ctx.run())
err(lambda: ctx.run(y=1))


def reenter():
    ctx.run(print, 'nested')


err(lambda: ctx.run(reenter))


def boom():
    v.set('before boom')
    raise ValueError('boom')


err(lambda: ctx.run(boom))
print(ctx[v], v.get())
# after an exception the context is left and can be entered again
print(ctx.run(lambda: 'again'))

# tokens are bound to their context
tok = ctx.run(v.set, 'x')
err(lambda: v.reset(tok))
ctx.run(v.reset, tok)
print(ctx[v])

# copies are independent
ctx2 = ctx.copy()
ctx2.run(v.set, 'in ctx2')
print(ctx[v], ctx2[v])

# generic alias
print(ContextVar[int], Token[str])
