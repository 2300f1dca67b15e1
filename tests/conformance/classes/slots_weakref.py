# reference: CPython 3.14
# Which classes' instances can be weakly referenced: __slots__ without __weakref__, built-in bases.
import weakref
class B: __slots__ = ()
class H: __slots__ = ('__dict__',)
class W: __slots__ = ('__weakref__',)
class S(B): pass
class T(B): __slots__ = ('a',)
class W2(W): __slots__ = ()
class HW: __slots__ = ('__dict__', '__weakref__')
class X(set): __slots__ = ()
class Y(int): pass
class E(Exception): __slots__ = ()
class P: pass
class P2(P): __slots__ = ('b',)
for c in (B, H, W, S, T, W2, HW, X, Y, E, P, P2):
    try:
        o = c(); r = weakref.ref(o); print(c.__name__, "ok", r() is o, end=" ")
    except TypeError as e: print(c.__name__, e, end=' ')
    print(hasattr(c, '__weakref__'), '__weakref__' in c.__dict__, hex(c.__flags__))
try:
    class Z(W): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
try:
    class Z(X): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class E3(ValueError): pass
for o in (ValueError(), E3(), set(), frozenset(), type, len, (lambda: 0), object(), 1, 'a', [], {}):
    try:
        weakref.ref(o); print(type(o).__name__, 'ok')
    except TypeError as e: print(e)
print(hex(E3.__flags__), hex(type('S2', (set,), {}).__flags__), hex(type('L2', (list,), {'__slots__': ()}).__flags__))
