# Overriding properties in subclasses, extending getters/setters
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Doubled(Base):
    @Base.v.getter
    def v(self): return self._v * 2
class Validated(Base):
    @Base.v.setter
    def v(self, x):
        if x < 0:
            raise ValueError('negative')
        self._v = x
class Overridden(Base):
    v = 'plain class attribute'
d = Doubled(); d.v = 5
print(d.v, Base.v is not Doubled.v)
val = Validated(); val.v = 3
print(val.v)
try:
    val.v = -1
except ValueError as e:
    print('ValueError', e)
print(Overridden().v)
class Lazy:
    def __init__(self): self.computed = 0
    @property
    def expensive(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.expensive, l.expensive, l.computed)
import functools
class Cached:
    def __init__(self): self.n = 0
    @functools.cached_property
    def value(self):
        self.n += 1
        return 'cached'
c = Cached()
print(c.value, c.value, c.n, 'value' in vars(c))
del c.value
print(c.value, c.n)
