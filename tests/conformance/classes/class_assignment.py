# __class__ assignment, isinstance checks, type() vs __class__
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
print(a.who(), type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, int), isinstance(f, Fake))
print(A.__class__.__name__, type(A).__name__, object.__class__ is type, type.__class__ is type)
print(issubclass(type, object), isinstance(type, type), isinstance(object, type))
