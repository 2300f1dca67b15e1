# dir() of simple classes, instances and modules
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst_attr = 3
    def child_method(self): pass
def public(names): return [n for n in names if not n.startswith('__')]
print(public(dir(Child)))
print(public(dir(Child())))
print(public(dir(Base)))
class Custom:
    def __dir__(self): return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
import types
m = types.ModuleType('mymod')
m.a = 1
m.b = 2
print(public(dir(m)))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print('__init__' in dir(Child), '__class__' in dir(Child()), '__dict__' in dir(Child()))
print(public(dir(int))[:10])
print(public(dir([]))) 
