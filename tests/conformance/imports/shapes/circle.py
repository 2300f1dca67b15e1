from .base import Shape
from .geometry import PI
class Circle(Shape):
    name = 'circle'
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r ** 2
