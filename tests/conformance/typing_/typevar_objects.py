# typing.TypeVar, ParamSpec, TypeVarTuple and NoDefault created at runtime
from typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault, ParamSpecArgs, ParamSpecKwargs
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
T = TypeVar("T")
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Inf = TypeVar("Inf", infer_variance=True)
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str)
D = TypeVar("D", default=str)
print(T, Co, Contra, Inf, B, C, D)
print(T.__name__, T.__module__, Co.__covariant__, Contra.__contravariant__, Inf.__infer_variance__)
print(B.__bound__, C.__constraints__, D.__default__, T.__default__ is NoDefault, D.has_default(), T.has_default())
print(T.__reduce__(), T.__typing_subst__(int), type(T).__name__, type(T).__module__)
attempt(lambda: TypeVar(1))
attempt(lambda: TypeVar())
attempt(lambda: TypeVar("T", int))
attempt(lambda: TypeVar("T", int, str, bound=int))
attempt(lambda: TypeVar("T", covariant=True, contravariant=True))
attempt(lambda: TypeVar("T", covariant=True, infer_variance=True))
attempt(lambda: TypeVar("T", foo=3))
attempt(lambda: TypeVar(name="N"))
attempt(lambda: TypeVar("N", bound=None).__bound__)
try:
    class X(T): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Y(TypeVar): pass
except TypeError as e:
    print("TypeError", e)
T.extra = 5
print(T.extra)

P = ParamSpec("P")
PD = ParamSpec("PD", default=[int, str])
print(P, P.__name__, P.args, P.kwargs, P.args.__origin__ is P, PD.__default__, P.__default__, P.has_default())
print(type(P.args) is ParamSpecArgs, type(P.kwargs) is ParamSpecKwargs, P.args == P.args, P.args == P.kwargs)
print(ParamSpecArgs(T), ParamSpecKwargs("x"), P.__covariant__, P.__reduce__())
attempt(lambda: ParamSpec("P", int))
attempt(lambda: ParamSpec(3))

Ts = TypeVarTuple("Ts")
TsD = TypeVarTuple("TsD", default=int)
print(Ts, Ts.__name__, TsD.__default__, Ts.has_default(), Ts.__reduce__())
print([type(x).__name__ for x in iter(Ts)], [*Ts][0].__args__[0] is Ts)
attempt(lambda: Ts.__typing_subst__(int))
attempt(lambda: TypeVarTuple("Ts", int))

print(NoDefault, type(NoDefault).__name__, type(NoDefault)() is NoDefault, NoDefault.__reduce__())
attempt(lambda: type(NoDefault)(1))
