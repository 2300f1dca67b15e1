# abc.ABC and abstractmethod
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name()} with area {self.area():.2f}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return 'square'
class Partial(Shape):
    def area(self): return 0
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
try:
    Partial()
except TypeError as e:
    print('TypeError', e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Duck:
    def area(self): return 1
    def name(self): return 'duck'
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
from collections.abc import Iterable, Sized, Container, Mapping, Sequence, Hashable
class Box:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Container))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance('', Sequence), isinstance([], Hashable), isinstance((), Hashable))
