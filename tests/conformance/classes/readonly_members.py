# Read-only members of built-in types (CPython's tp_members with Py_READONLY) are member_descriptors:
# assigning or deleting one is "readonly attribute".
def f(): pass
class C:
    def m(self): pass
p = property(lambda s: 1)
cases = [
    (p, 'fget'), (p, 'fset'), (p, 'fdel'),
    (f, '__globals__'), (f, '__closure__'), (f, '__builtins__'),
    (C().m, '__func__'), (C().m, '__self__'),
    (slice(1, 2), 'start'), (slice(1, 2), 'stop'), (slice(1, 2), 'step'),
    (1j, 'real'), (1j, 'imag'),
    (classmethod(f), '__func__'), (staticmethod(f), '__func__'),
]
for obj, name in cases:
    d = None
    for k in type(obj).__mro__:
        if name in k.__dict__:
            d = k.__dict__[name]; break
    try:
        setattr(obj, name, 42)
        r = 'no error'
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    try:
        delattr(obj, name)
        r2 = 'no error'
    except Exception as e:
        r2 = f'{type(e).__name__}: {e}'
    print(type(obj).__name__, name, type(d).__name__, '|', r, '|', r2)
print(type(complex.real).__name__, type(float.real).__name__, type(int.real).__name__)
import types
print(types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
print(complex.real.__doc__, property.fget.__doc__, type(lambda: 0).__globals__.__objclass__.__name__)
print(slice(1, 2, 3).start, range(4, 9).stop, (1+2j).imag, super(int, 5).__self__)
try:
    complex.real.__set__(1.5, 2)
except TypeError as e:
    print('TypeError', e)
