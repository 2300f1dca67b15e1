# Mixin classes cooperating through super()
class ReprMixin:
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{type(self).__name__}({items})'
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class SerializeMixin:
    def to_dict(self):
        d = {'type': type(self).__name__}
        d.update(vars(self))
        return d
class LogInit:
    def __init__(self, *a, **kw):
        print('LogInit before', type(self).__name__)
        super().__init__(*a, **kw)
        print('LogInit after', sorted(vars(self)))
class Base:
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point(LogInit, ReprMixin, EqMixin, SerializeMixin, Base):
    pass
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p.to_dict())
print([c.__name__ for c in Point.__mro__])
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
