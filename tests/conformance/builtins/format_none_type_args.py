# __format__ with a non-str spec, type()/metaclass argument-count errors, mappingproxy[...] generic alias.
import types

for v in (3, 3.0, 1j, 'x', object(), b'x', True):
    for spec in (None, 5):
        try:
            v.__format__(spec)
        except TypeError as e:
            print(type(v).__name__, 'TypeError', e)

class M(type):
    pass

for call in (lambda: type(1, 2), lambda: type(), lambda: M(5), lambda: M(1, 2), lambda: type(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(type(5), M('X', (), {}).__name__)
print(types.MappingProxyType[str, int], type(types.MappingProxyType[str, int]).__name__)
