# __subclasses__, __bases__ changes and __name__ assignment
class Root: pass
class A(Root): pass
class B(Root): pass
class C(A): pass
print(sorted(c.__name__ for c in Root.__subclasses__()), [c.__name__ for c in A.__subclasses__()])
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return sorted(out)
print(all_subclasses(Root))
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__)
C.__qualname__ = 'Q.Renamed'
print(C.__qualname__)
class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,)
print([b.__name__ for b in Z.__bases__], issubclass(Z, X), issubclass(Z, Y))
try:
    Z.__bases__ = ()
except TypeError as e:
    print('TypeError', e)
try:
    int.__name__ = 'integer'
except TypeError as e:
    print('TypeError', e)
