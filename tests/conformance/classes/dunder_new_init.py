# __new__ and __init__ interplay
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print('__init__', x)
        self.x = x
t = Tracked(5)
print(t.x, t.created)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(ReturnsOther())
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper('abc'), type(Upper('x')).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, len(p))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print('TypeError', e)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print('TypeError', e)
class Cache:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
    def __init__(self, key):
        self.key = key
print(Cache('a') is Cache('a'), Cache('a') is Cache('b'))
