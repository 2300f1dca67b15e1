# isinstance / issubclass with tuples, unions, ABCs, and hooks
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, (str, (bytes, (int,)))), isinstance(True, int))
print(isinstance(1, int | str), isinstance('x', int | None), isinstance(None, int | None), isinstance([], ()))
print(issubclass(bool, int), issubclass(bool, (str, int)), issubclass(int, int), issubclass(int, object), issubclass(type, object))
class M(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return hasattr(sub, 'quack')
class Duck(metaclass=M): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
for args in [(1, 1), (1, [int]), (int, 1)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print('isinstance TypeError', e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('issubclass TypeError', e)
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator), issubclass(dict, abc.MutableMapping))
