# module.__new__(module) makes an uninitialized module: empty __dict__, no __name__.
from types import ModuleType as M
m = M.__new__(M)
print(str(m), hasattr(m, '__name__'), hasattr(m, '__file__'), m.__dict__)
m.foo = 1
print(m.__dict__)
try:
    m.bar
except AttributeError as e:
    print('AttributeError', e)
n = M('x', 'doc')
print(n, n.__name__, n.__doc__, sorted(n.__dict__))
class Sub(M): pass
s = Sub('y')
print(s.__name__, type(s).__name__)
