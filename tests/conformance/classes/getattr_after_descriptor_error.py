# __getattr__ runs when a descriptor (an unset __slots__ member, a property) raises AttributeError.
class Grow:
    __slots__ = ('a',)
    def __getattr__(self, name):
        print('getattr called', name)
        raise AttributeError(name)
g = Grow()
print(getattr(g, 'a', None))
print(hasattr(g, 'a'))
class P:
    @property
    def x(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(P().x)
