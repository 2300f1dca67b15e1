# PEP 695 scoping: super(), class namespaces, nested and local generics, shadowing, globals
class Base:
    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
    def hello(self): return "base"
class C[T](Base, flag=True):
    x: T
    items = [T for _ in range(2)]
    def hello(self): return "C+" + super().hello()
    def gen[U](self, u: U) -> tuple[T, U]:
        return (super().hello(), u)
print(C.flag, C().hello(), C().gen(1), C.__annotations__, C.items)
class D[T](C[T]):
    def hello(self): return "D+" + super().hello()
print(D().hello(), D.flag, D.__orig_bases__[0].__args__)
def f[T: (lambda: int)()](): pass
print(f.__type_params__[0].__bound__)
def rec[T](n: int) -> int:
    return 1 if n == 0 else n * rec(n - 1)
print(rec(5))
import copy
from typing import TypeVar
T = TypeVar("T")
print(copy.deepcopy(T) is T, copy.copy(T) is T)
class G[T]:
    class Nested:
        def get(self): return T
print(G.Nested().get(), G.Nested.__qualname__)
def outer[T]():
    class Local[U: T]: pass
    return Local
L = outer()
print(L.__qualname__, L.__type_params__[0].__bound__)
# shadowing: class attribute named like type param
class S[T]:
    T = "attr"
    def m(self): return T
print(S.T, S().m(), S.__type_params__)
# global declaration in type param scope function
def gf[T]():
    global GV
    GV = T
    return GV
print(gf(), GV)
print(C.gen.__annotations__)
