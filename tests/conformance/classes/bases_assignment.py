# Assigning __bases__: MRO of the class and its subclasses, checks and messages
class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
    def __repr__(self): return 'B!'
class C(A): pass
class D(C): pass
d = D()
print(d.f(), D.__mro__)
C.__bases__ = (B,)
print(d.f(), D.__mro__, repr(d), A.__subclasses__(), B.__subclasses__())
try: C.__bases__ = (D,)
except TypeError as e: print(e)
try: C.__bases__ = (int,)
except TypeError as e: print(e)
try: C.__bases__ = [A]
except TypeError as e: print(e)
try: C.__bases__ = (1,)
except TypeError as e: print(e)
try: del C.__bases__
except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
C.__bases__ = (A, B)
print(D.__mro__, d.f())
