def f[T](x: T) -> T: return x
def f[T: int](x): pass
def f[T: (int, str)](x): pass
def f[T = int](): pass
def f[T: int = bool](): pass
def f[*Ts](): pass
def f[*Ts = *tuple[int]](): pass
def f[**P](): pass
def f[**P = [int, str]](): pass
def f[T, *Ts, **P](): pass
class C[T]: pass
class C[T](Base[T]): pass
class C[T: int, U = str]: pass
type A = int
type A[T] = list[T]
type A[T: int] = list[T]
type A[*Ts] = tuple[*Ts]
type A[**P] = Callable[P, int]
async def f[T](): pass
