# globals(), locals(), vars()
module_var = 'mv'
print('module_var' in globals(), globals()['module_var'], locals() is globals())
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
class C:
    x = 1
    def __init__(self): self.y = 2
print(vars(C())['y'], 'x' in vars(C), type(vars(C)).__name__)
import types
m = types.ModuleType('m')
m.attr = 5
print(vars(m)['attr'], vars(m)['__name__'])
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError', e)
def g():
    x = 'local'
    return sorted(vars()), vars() == locals()
print(g())
