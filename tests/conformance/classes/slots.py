# __slots__
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, '__dict__'), type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', type(e).__name__)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print('AttributeError', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError after del', e)
class P3(Point):
    __slots__ = ('z',)
p3 = P3(1, 2); p3.z = 3
print(p3.x, p3.z, hasattr(p3, '__dict__'))
class WithDict(Point):
    pass
w = WithDict(1, 2); w.anything = 'ok'
print(w.anything, vars(w))
class SlotDict:
    __slots__ = ('a', '__dict__')
s = SlotDict(); s.a = 1; s.b = 2
print(s.a, s.b, vars(s))
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)
class Single:
    __slots__ = 'only'
o = Single(); o.only = 'one'
print(o.only, Single.__slots__)
