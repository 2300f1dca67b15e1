# Class vs instance attributes, shadowing, mutation through instances
class C:
    shared = []
    counter = 0
    def __init__(self, name):
        self.name = name
        C.counter += 1
    def add(self, x):
        self.shared.append(x)
a, b = C('a'), C('b')
a.add(1); b.add(2)
print(C.shared, a.shared is b.shared, C.counter)
a.counter = 100
print(a.counter, b.counter, C.counter, 'counter' in vars(a))
del a.counter
print(a.counter)
C.new_attr = 'added later'
print(a.new_attr, hasattr(b, 'new_attr'))
def method(self): return f'dynamic method on {self.name}'
C.dyn = method
print(b.dyn())
a.inst_func = lambda: 'instance function, no self'
print(a.inst_func())
print(sorted(vars(a)), sorted(k for k in vars(C) if not k.startswith('__')))
print(getattr(C, 'counter'), getattr(a, 'missing', 'dflt'), C.__dict__['counter'])
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print('TypeError', e)
setattr(C, 'via_setattr', 1)
delattr(C, 'via_setattr')
print(hasattr(C, 'via_setattr'))
