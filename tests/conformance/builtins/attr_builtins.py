# getattr, setattr, hasattr, delattr
class C:
    cls_attr = 'class'
    @property
    def prop(self): return 'property value'
    @property
    def broken(self): raise ValueError('broken property')
o = C()
setattr(o, 'x', 10)
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'prop'), getattr(o, 'missing', 'default'), getattr(o, 'missing', None))
print(hasattr(o, 'x'), hasattr(o, 'missing'), hasattr(C, 'prop'), hasattr(o, '__class__'))
try:
    hasattr(o, 'broken')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
delattr(o, 'x')
print(hasattr(o, 'x'))
for action in [lambda: getattr(o, 'nope'), lambda: delattr(o, 'nope'), lambda: getattr(o, 5), lambda: setattr(o, 1, 2), lambda: setattr(5, 'x', 1), lambda: getattr(o)]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
setattr(o, 'with space', 1)
print(getattr(o, 'with space'), vars(o))
setattr(C, 'added', lambda self: 'added method')
print(o.added())
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr([], '__len__')())
