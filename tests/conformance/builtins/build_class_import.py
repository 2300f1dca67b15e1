# __build_class__ and __import__
import builtins
def body():
    x = 1
    def m(self): return 'method'
    return None
C = builtins.__build_class__(body, 'C')
print(C.__name__, hasattr(C, 'x'), type(C).__name__, C.__module__)
class Base: pass
D = __build_class__(lambda: None, 'D', Base)
print(D.__name__, D.__bases__[0].__name__)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcs, name, bases, ns)
E = __build_class__(lambda: None, 'E', metaclass=Meta, flag=True)
print(type(E).__name__, E.kw)
try:
    __build_class__(1, 'F')
except TypeError as e:
    print('TypeError', e)
orig = builtins.__build_class__
log = []
def tracing(func, name, *bases, **kw):
    log.append(name)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class Traced: pass
builtins.__build_class__ = orig
print(log)
m = __import__('math')
print(m.__name__, m.sqrt(16))
osp = __import__('os.path')
print(osp.__name__)
j = __import__('json', globals(), locals(), ['dumps'], 0)
print(j.__name__, j.dumps([1]))
col = __import__('collections.abc', fromlist=['Mapping'])
print(col.__name__)
try:
    __import__('no_such_module_abc')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
