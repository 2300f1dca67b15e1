# __getattr__, __getattribute__, __setattr__, __delattr__
class Dynamic:
    def __init__(self):
        self.real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return f'computed {name}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dynamic()
print(d.real, d.dyn_x, getattr(d, 'dyn_y'), hasattr(d, 'dyn_z'), hasattr(d, 'nope'), getattr(d, 'nope', 'default'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e)
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(f'get {name}')
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f'set {name}')
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(f'del {name}')
        object.__delattr__(self, name)
l = Logged()
l.a = 'hello'
print(l.a)
del l.a
print(hasattr(l, 'a'))
print(l.log)
class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('from getattribute')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f'fallback for {name}'
f = Fallback()
print(f.x, f.boom, f.other)
class Frozen:
    def __init__(self, v): object.__setattr__(self, 'v', v)
    def __setattr__(self, n, v): raise AttributeError(f'cannot set {n}')
    def __delattr__(self, n): raise AttributeError(f'cannot delete {n}')
fr = Frozen(1)
for action in [lambda: setattr(fr, 'v', 2), lambda: delattr(fr, 'v')]:
    try:
        action()
    except AttributeError as e:
        print('AttributeError', e)
print(fr.v)
