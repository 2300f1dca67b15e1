# reference: CPython 3.14
# type.__flags__ (tp_flags bits) and the built-in types that cannot be instantiated.
import abc, copyreg, inspect, pickle, re, types, weakref


class A: pass
class B(int): pass
class C(list): pass
class D(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class E(Exception): pass
class S: __slots__ = ('a',)
class M(type): pass
class Dd(dict): pass
class St(str): pass

for t in [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, memoryview, types.FunctionType, types.BuiltinFunctionType, type(str.join), type(None),
          BaseException, Exception, ValueError, property, staticmethod, A, B, C, D, E, S, M, Dd, St,
          type(iter([])), types.ModuleType, types.GenericAlias, types.MethodType]:
    f = t.__flags__
    print(f'{t.__name__:26} {f:#012x}', [b for b in range(32) if f >> b & 1])

print(inspect.isabstract(D), inspect.isabstract(A), inspect.isabstract(int))
D.__abstractmethods__ = frozenset()
print(inspect.isabstract(D), D.__flags__ >> 20 & 1)


class P:
    def __init__(self):
        self.x = 1


print(pickle.loads(pickle.dumps(P(), 0)).x, pickle.loads(pickle.dumps(C([1, 2]), 1)), type(pickle.loads(pickle.dumps(C([1]), 0))).__name__)

for t in [type(len), type(str.join), type(dict.fromkeys), types.WrapperDescriptorType, types.MethodWrapperType,
          type(S.__dict__["a"]), types.GetSetDescriptorType, type(iter([])), type(reversed([])), type(iter(())),
          type(iter(set())), type(iter(range(1))), type(iter({})), type(iter({}.items())), type(reversed({})),
          type(iter(int, 1)), type({}.keys()), type({}.values()), type({}.items()), types.GeneratorType,
          types.CoroutineType, types.AsyncGeneratorType, types.FrameType, type(re.match('a', 'a')), re.Pattern,
          weakref.ProxyType]:
    try:
        t()
        print(t.__qualname__, 'created')
    except TypeError as e:
        print(t.__qualname__, e, '__new__' in t.__dict__)
