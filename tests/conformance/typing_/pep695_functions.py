# PEP 695/696 generic functions: lazily evaluated bounds, constraints and defaults; scoping
log = []
def note(tag, value):
    log.append(tag)
    return value
def f[T: note("bound", int), U: (note("c1", int), str), V = note("default", float)](): pass
print(log)
T, U, V = f.__type_params__
print(T.__bound__, log)
print(U.__constraints__, log)
print(V.__default__, V.has_default(), T.has_default(), log)
print(T.__bound__, log)
print(repr(T), T.__name__, T.__infer_variance__, T.__covariant__, T.__contravariant__, T.__module__)
print(U.__bound__, T.__constraints__, T.__default__)

def outer():
    x = 10
    def inner[T: int](a: T = x, *, b: T = 2) -> T:
        return a + b
    return inner
g = outer()
print(g(), g.__name__, g.__qualname__, g.__type_params__, g.__defaults__, g.__kwdefaults__)
print(sorted(g.__annotations__), g.__annotations__['a'] is g.__type_params__[0])

class K:
    attr = int
    def m[T: attr](self): return T
    def n[T](self, x: T) -> T: return x
print(K().m().__bound__, K.m.__qualname__, K.n.__qualname__, K().n(4))

def h[T]():
    def inner():
        return T
    return inner()
print(h(), h.__type_params__[0] is h())

async def co[T](x: T) -> T: return x
def gen[T](x: T):
    yield x
c = co(1)
print(co.__type_params__, list(gen(3)), gen.__type_params__)
c.close()

def dec(fn):
    fn.decorated = True
    return fn
@dec
def dd[T, *Ts, **P](*args: *Ts): return T, Ts, P
print(dd.decorated, dd(), [type(p).__name__ for p in dd.__type_params__])
print(type(dd.__annotations__['args']).__name__)
def plain(): pass
print(plain.__type_params__)
plain.__type_params__ = (T,)
print(plain.__type_params__)
try:
    plain.__type_params__ = [T]
except TypeError as e:
    print("TypeError", e)
