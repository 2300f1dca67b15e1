# reference: CPython 3.14
# object.__getstate__ with __slotnames__ (copyreg._slotnames, read through getattr), and __getattr__
# running when a descriptor (an unset slot, a property) raises AttributeError.
import copy, copyreg
class S(str): pass
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError(attr)
print(A().__reduce_ex__(2)[2])
class P:
    __slots__ = ('a', 'b', '__dict__')
p = P(); p.a = 1; p.z = 3
print(p.__getstate__(), '__slotnames__' in P.__dict__, P.__slotnames__)
class Q(P):
    __slots__ = ('c',)
q = Q(); q.c = 5; q.b = 2
print(q.__getstate__())
q2 = copy.copy(q); print(q2.c, q2.b, hasattr(q2, 'a'))
class Plain: pass
x = Plain(); x.k = 1
print(x.__getstate__(), Plain.__dict__.get('__slotnames__'))
copy.copy(x); print(Plain.__dict__.get('__slotnames__'))
class Bad:
    __slotnames__ = 5
try: Bad().__getstate__()
except TypeError as e: print('TypeError', e)
class Grow:
    __slots__ = ('a',)
    def __getattr__(self, name):
        Grow.__slotnames__.append('x')
        raise AttributeError(name)
try: Grow().__getstate__()
except RuntimeError as e: print('RuntimeError', e)
