# Multiple inheritance and C3 linearization
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(X, XY): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError', e)
class Base:
    def who(self): return ['Base']
class Left(Base):
    def who(self): return ['Left'] + super().who()
class Right(Base):
    def who(self): return ['Right'] + super().who()
class Bottom(Left, Right):
    def who(self): return ['Bottom'] + super().who()
print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])
print(type.mro(Bottom) == list(Bottom.__mro__), object.__mro__)
