# object() basics
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError')
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
print(object.__name__, object.__bases__, object.__mro__, type(object).__name__)
print(hasattr(object, '__init__'), hasattr(object, '__dict__'), sorted(n for n in ['__eq__', '__hash__', '__repr__', '__str__'] if hasattr(o, n)))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
class C: pass
c = C()
print(object.__repr__(c).startswith('<__main__.C object at'), object.__str__(c) == repr(c))
print(object.__reduce_ex__ is not None, object.__init_subclass__.__name__, object.__subclasshook__(int) is NotImplemented)
s = object.__new__(C)
print(type(s).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print('TypeError', e)
sentinel = object()
d = {}
print(d.get('k', sentinel) is sentinel)
