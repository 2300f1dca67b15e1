# __dict__ manipulation and vars()
class C:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
o = C()
print(vars(o), o.__dict__ is vars(o))
o.__dict__['b'] = 2
print(o.b, vars(o))
o.__dict__ = {'replaced': True}
print(vars(o), hasattr(o, 'a'))
try:
    o.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
d = C().__dict__
d.update(x=1, y=2)
print(sorted(d))
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print('TypeError', e)
print(type(C.__dict__).__name__, C.__dict__['cls_attr'], 'a' in C.__dict__)
