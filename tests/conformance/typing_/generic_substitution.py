# substitution of generic classes and aliases: PEP 696 defaults, ParamSpec, TypeVarTuple, Protocol
from typing import Generic, TypeVar, ParamSpec, TypeVarTuple, Callable, Concatenate, Protocol, Unpack
import typing
print(typing.Generic.__init_subclass__ == typing.Generic.__init_subclass__, hash(typing.Generic.__init_subclass__) == hash(typing.Generic.__init_subclass__))
T = TypeVar("T"); U = TypeVar("U", default=int)
P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
class A(Generic[T, U]): pass
print(A[str].__args__, A[str, bytes].__args__)
try: A[()]
except TypeError as e: print("TypeError", e)
class B[T, U = str]: pass
print(B[int].__args__)
class C(Generic[P]): pass
print(C[[int, str]].__args__, C[int, str].__args__, C[...].__args__)
class D(Generic[T, *Ts]): pass
print(D[int].__args__, D[int, str, bytes].__args__)
class E[**P2, R]:
    def f(self, c: Callable[P2, R]) -> Callable[Concatenate[int, P2], R]: ...
print(E[[int], str].__args__)
class Proto[T](Protocol):
    def meth(self) -> T: ...
print(Proto.__type_params__, Proto.__parameters__, Proto._is_protocol, Proto[int].__args__)
class Impl(Proto[int]):
    def meth(self): return 1
print(Impl().meth(), Impl.__orig_bases__[0].__args__)
Alias = Callable[P, T]
print(Alias[[int], str].__args__, Alias[..., str].__args__)
type CB[**P, R] = Callable[P, R]
print(CB[[int], str].__args__)
L = list[T]
print(L[int], dict[T, U][str, bytes])
def deco[**P, R](f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner
@deco
def add(a: int, b: int) -> int: return a + b
print(add(1, 2), deco.__type_params__)
print(T.__typing_prepare_subst__(A, (str,)), U.__typing_prepare_subst__(A, (str,)))
try: T.__typing_prepare_subst__(A, ())
except TypeError as e: print("TypeError", e)
print(typing.get_args(A[str, int]), typing.get_origin(A[str]) is A)
class F[*Ts]: pass
print(F[int, str].__args__, F[()].__args__, F[*tuple[int, ...]].__args__)
