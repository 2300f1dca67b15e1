# Data vs non-data descriptors and lookup precedence
class DataDesc:
    def __get__(self, obj, owner):
        return f'data-get({"inst" if obj is not None else "class"})'
    def __set__(self, obj, value):
        print('data-set', value)
    def __delete__(self, obj):
        print('data-delete')
class NonDataDesc:
    def __get__(self, obj, owner):
        return 'nondata-get'
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
print(c.d, C.d, c.n, C.n)
c.__dict__['d'] = 'instance value'
c.__dict__['n'] = 'instance value'
print(c.d, c.n)
c.d = 5
del c.d
class ReadOnly:
    def __get__(self, obj, owner): return 42
    def __set__(self, obj, v): raise AttributeError('read-only attribute')
class D:
    r = ReadOnly()
try:
    D().r = 1
except AttributeError as e:
    print('AttributeError', e)
class Typed:
    def __init__(self, name, typ): self.name, self.typ = name, typ
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.typ):
            raise TypeError(f'{self.name} must be {self.typ.__name__}, got {type(v).__name__}')
        obj.__dict__[self.name] = v
class Person:
    name = Typed('name', str)
    age = Typed('age', int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
class Method:
    def m(self): return 'm'
print(type(Method.__dict__['m'].__get__(Method(), Method)).__name__, Method.__dict__['m'].__get__(None, Method) is Method.m)
