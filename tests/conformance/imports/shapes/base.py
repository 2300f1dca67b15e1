print('shapes.base loading, __package__ =', __package__)
class Shape:
    name = 'shape'
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
