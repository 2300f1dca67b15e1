# the `type` statement and typing.TypeAliasType
from typing import TypeAliasType, TypeVar
log = []
def note(tag, value):
    log.append(tag)
    return value
type A = note("A", list[int])
print(log, type(A).__name__, A.__name__, A.__module__, repr(A), A.__type_params__, A.__parameters__)
print(A.__value__, log)
print(A.__value__, log)
type B[T, *Ts, **P] = dict[T, tuple[*Ts]]
print(B.__type_params__, len(B.__parameters__), B.__parameters__[0], B.__value__.__origin__)
print(B[int, str, [bytes]], B[int, str, [bytes]].__origin__ is B)
try:
    A[int]
except TypeError as e:
    print("TypeError", e)
print(A | int, int | A, A | None)
type Rec = list[Rec]
print(Rec.__value__, Rec.__value__.__args__[0] is Rec)
def fn():
    type Local = int
    return Local
print(fn(), fn().__value__, fn().__module__)
class C:
    X = int
    type InC = X
print(C.InC, C.InC.__value__)
T2 = TypeAliasType("T2", int)
print(T2, T2.__value__, T2.__module__, T2.__type_params__)
S = TypeVar("S")
T3 = TypeAliasType("T3", list[S], type_params=(S,))
print(T3[int], T3.__parameters__, T3.__type_params__)
for bad in [lambda: TypeAliasType(1, int), lambda: TypeAliasType("X", int, type_params=[S]),
            lambda: TypeAliasType("X"), lambda: TypeAliasType("X", int, (S,))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    A.__value__ = 3
except AttributeError as e:
    print("AttributeError", e)
print(A.__reduce__())
try:
    class Sub(TypeAliasType): pass
except TypeError as e:
    print("TypeError", e)
type Err = 1 / 0
try:
    Err.__value__
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
type WithDefault[T = int] = list[T]
print(WithDefault.__type_params__[0].__default__)
