# Class decorators
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig_init(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_repr
@count_instances
class Item:
    def __init__(self, name, qty=1):
        self.name, self.qty = name, qty
print(Item('apple'), Item('pear', 3), Item.instances)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register('circle')
class Circle: pass
@register('square')
class Square: pass
print(sorted(registry), registry['circle'].__name__)
def replace_with_instance(cls):
    return cls()
@replace_with_instance
class Singleton:
    value = 42
print(type(Singleton).__name__, Singleton.value)
