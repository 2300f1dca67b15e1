# property, staticmethod, classmethod
class Temp:
    def __init__(self, c): self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting'); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c): return c * 9 / 5 + 32
    @classmethod
    def freezing(cls): return cls(0)
t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.convert(37), t.convert(0), Temp.freezing().celsius, type(Temp.freezing()).__name__)
t.celsius = 20
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print('AttributeError', e)
class Sub(Temp):
    @classmethod
    def freezing(cls): return super().freezing()
print(type(Sub.freezing()).__name__)
p = property(lambda self: 'getter only')
class Q:
    x = p
print(Q().x, p.fget is not None, p.fset, p.fdel)
sm = staticmethod(lambda: 'sm')
cm = classmethod(lambda cls: cls.__name__)
class R:
    a = sm
    b = cm
print(R.a(), R().a(), R.b(), R().b(), type(R.__dict__['a']).__name__, R.__dict__['a'].__func__())
