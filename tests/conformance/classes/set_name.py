# __set_name__ on descriptors
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        print(f'setting {self.name} = {value!r}')
        setattr(obj, self.private, value)
class Model:
    title = Field()
    count = Field()
    def __init__(self, title):
        self.title = title
m = Model('hello')
print(m.title, m.count, Model.title.name, Model.count.private)
m.count = 3
print(m.count, vars(m))
f = Field()
class Late: pass
Late.attr = f
print(hasattr(f, 'name'))
class Both:
    x = y = Field()
print(Both.x.name)
class NotDescriptor:
    def __set_name__(self, owner, name):
        print('plain object notified', name)
class Holder:
    thing = NotDescriptor()
print(type(Holder.thing).__name__)
