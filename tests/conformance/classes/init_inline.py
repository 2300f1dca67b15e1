# reference: CPython 3.14
# Class calls whose __init__ runs as an inline frame (plain classes, exceptions, built-in bases,
# __new__ returning another type, __init__ returning non-None), attribute caches with dict hints,
# exception-instance attributes, a, b = x, y swaps, dict KeyError and int(str) ValueError raised inline.
class A:
    def __init__(self, x, y=2, *a, **k):
        self.x = x; self.y = y; self.a = a; self.k = k
print(vars(A(1)), vars(A(1, 3, 4, z=5)))
class B(A):
    pass
print(vars(B(7)))
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print("TE", e, e.__traceback__.tb_lineno, e.__traceback__.tb_next)
class D:
    def __init__(self, v):
        if v: raise ValueError(v)
try:
    D(3)
except ValueError as e:
    tb = e.__traceback__
    while tb: print(tb.tb_frame.f_code.co_name, tb.tb_lineno); tb = tb.tb_next
try:
    A()
except TypeError as e:
    print(e)
class E:
    def __new__(cls, *a):
        print("new", a); return super().__new__(cls)
    def __init__(self, *a): print("init", a)
E(1,2)
class F:
    def __init__(self): self.v = 1
f = F(); F.__init__ = lambda self: setattr(self, 'v', 2); print(F().v)
def g(self): self.v = 3
F.__init__ = g; print(F().v)
class G:
    def __init__(self, n):
        self.child = G(n-1) if n else None
x = G(50); d = 0
while x: d += 1; x = x.child
print(d)
import sys
class H:
    def __init__(self): self.f = sys._getframe(1).f_code.co_name
def caller(): return H().f
print(caller())
try:
    {}[(1,2)]
except KeyError as e:
    print(repr(e), e.__context__)
try:
    try: raise ValueError
    except ValueError: {}["k"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
for s in ["12", " 7 ", "x", "", "1_000", "3.5", "٣"]:
    try: print(int(s))
    except ValueError as e: print(e)
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
    def __init__(self): pass
try: Ab()
except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(S(4).a)
class AppError(Exception): pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
e = NotFound(5); print(repr(e), e.args, e.key, str(e))
class KW(Exception):
    def __init__(self, a, b=2): super().__init__(a, b)
print(KW(1, b=3).args)
class OE(OSError):
    def __init__(self, *a): super().__init__(*a)
print(repr(OE(2, "nope")), OE(2, "nope").errno)
class D2(dict):
    def __init__(self, **k): super().__init__(**k); self.extra = 1
print(D2(a=1), D2(a=1).extra)
class L2(list):
    def __init__(self, it): super().__init__(it)
print(L2(range(3)))
class N:
    def __new__(cls, x): return 42
    def __init__(self, x): print("never")
print(N(1))
class I2(int):
    def __init__(self, v): self.tag = v
print(I2(7), I2(7).tag)
try:
    raise NotFound("k")
except AppError as ex: print("caught", ex.key)
class P:
    def __init__(self, a, b, flip=False):
        if flip: self.b = b; self.a = a
        else: self.a = a; self.b = b
def get(o): return o.a, o.b
objs = [P(1, 2), P(3, 4, True), P(5, 6)]
for _ in range(3):
    print([get(o) for o in objs])
o = objs[0]; del o.a
try: get(o)
except AttributeError as e: print("AE", e)
o.a = 9; print(get(o))
o.__dict__.clear(); o.__dict__['b'] = 1; o.__dict__['a'] = 2; print(get(o))
print("x" == "x", "a" < "b", "b" <= "a", "é" > "z", "\U0001F600" > "\uffff", "ab" != "ab", "a" >= "a")
for s in ["num", "var", "+"]:
    if s == "num": print(1)
    elif s != "+": print(2)
    else: print(3)
class E(Exception): pass
def f():
    out = []
    for i in range(3):
        e = E(i)
        e.key = i * 2
        out.append((e.key, e.args))
        try: e.nope
        except AttributeError as x: out.append(str(x))
    e.__dict__["key"] = 7; out.append(e.key)
    del e.key
    try: e.key
    except AttributeError as x: out.append(str(x))
    v = ValueError(1); v.note = 3; out.append(v.note); out.append(vars(v))
    k = KeyError('a'); k.__traceback__ = None; out.append(k.__traceback__)
    return out
print(f())
def f():
    a, b = 1, 2
    print(a, b)
    a, b = b, a
    print(a, b)
    x, y, z = a, b, a + b
    print(x, y, z)
    [p, q] = q2, p2 = 5, 6
    print(p, q, q2, p2)
    l = [0, 1, 2]
    i = 0
    i, l[i] = 2, 9
    print(i, l)
    class O: pass
    o = O()
    o.a, o.b = 3, 4
    print(o.a, o.b)
    d = {}
    d["k"], d["j"] = (lambda: print("first") or 1)(), (lambda: print("second") or 2)()
    print(d)
    try:
        m, n = 1, 2, 3
    except ValueError as e:
        print(e)
    a, *b = 1, 2
    print(a, b)
f()
def fib(n):
    if n < 2: return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
def rec(n, acc):
    if n == 0: return acc
    return rec(n - 1, acc + [n])
print(len(rec(200, [])), rec(5, []))
