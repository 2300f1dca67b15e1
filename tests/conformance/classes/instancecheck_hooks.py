# __instancecheck__ and __subclasscheck__ on metaclasses; __subclasshook__
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Even(metaclass=EvenMeta): pass
print(isinstance(4, Even), isinstance(3, Even), isinstance('x', Even), issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)), isinstance(3, (str, Even)))
from abc import ABC
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('abc', HasLen), isinstance(5, HasLen))
class Exact:
    pass
print(isinstance(Exact(), Exact), type(Exact()) is Exact, issubclass(Exact, object))
try:
    isinstance(1, 'str')
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None)))
