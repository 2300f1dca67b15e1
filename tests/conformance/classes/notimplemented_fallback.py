# NotImplemented fallbacks, subclass priority for reflected operators
class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return 'A radd'
class B:
    def __add__(self, o):
        print('B.__add__')
        return 'B add'
    def __radd__(self, o):
        print('B.__radd__')
        return NotImplemented
try:
    print(A() + B())
except TypeError as e:
    print('TypeError', e)
print(B() + A())
print(1 + A())
try:
    A() + 1
except TypeError as e:
    print('TypeError', e)
class Base:
    def __mul__(self, o):
        return 'Base mul'
    def __rmul__(self, o):
        return 'Base rmul'
class Derived(Base):
    def __rmul__(self, o):
        return 'Derived rmul wins'
print(Base() * Derived())
print(Derived() * Base())
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + (o.v if isinstance(o, OnlyAdd) else o))
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class IaddNI:
    def __iadd__(self, o):
        print('__iadd__ returning NotImplemented')
        return NotImplemented
    def __add__(self, o):
        return 'fell back to __add__'
z = IaddNI()
z += 1
print(z)
class Neither: pass
try:
    n = Neither(); n -= 1
except TypeError as e:
    print('TypeError', e)
