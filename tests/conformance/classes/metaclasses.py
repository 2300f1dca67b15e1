# Metaclasses: __new__, __init__, __call__, __prepare__, class kwargs
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'injected': 'by prepare'}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('call', cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, tag='base'):
    def __init__(self, x): self.x = x
class Child(Base, tag='child'):
    y = 2
print(Base.tag, Child.tag, Child.injected, type(Child).__name__, isinstance(Child, Meta))
obj = Child(5)
print(obj.x, obj.y)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
class P(metaclass=Registry): pass
class Q(P): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print('TypeError', e)
Dyn = Meta('Dyn', (), {'z': 1}, tag='dyn')
print(Dyn.tag, Dyn.z)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self): print('Conf init once')
print(Conf() is Conf())
