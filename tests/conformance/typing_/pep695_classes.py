# PEP 695 generic classes: implicit Generic base, __type_params__, subscription, class scopes
import typing
class Stack[T]:
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
    @classmethod
    def tp(cls): return T
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__type_params__, Stack.tp() is Stack.__type_params__[0], Stack.__parameters__)
print(Stack.__qualname__, Stack[int].__origin__ is Stack, Stack[int].__args__, s.__orig_class__.__args__)
base = Stack.__orig_bases__[0]
print(base.__origin__ is typing.Generic, base.__args__, Stack.__bases__)
print(sorted(k for k in vars(Stack) if k in ('__type_params__', '__parameters__', '__orig_bases__', '__classdictcell__')))

class Sub[U](Stack[U]): pass
print(Sub.__orig_bases__[0].__origin__ is Stack, Sub.__type_params__, Sub.__parameters__, [c.__name__ for c in Sub.__mro__])
class Two[K, V](dict): pass
print(Two[str, int].__args__, [c.__name__ for c in Two.__mro__], Two(a=1))
try:
    Two[int]
except TypeError as e:
    print("TypeError", e)
class Var[*Ts, **P]: pass
print(Var.__type_params__, Var[int, str, [bytes]].__args__)

class Priv[__X]:
    def get(self): return __X
print(Priv.__type_params__, Priv().get())

class Outer:
    Alias = str
    class Inner[T: Alias]: pass
    def meth[T: Alias](self): return T
print(Outer.Inner.__type_params__[0].__bound__, Outer().meth().__bound__)

class WithKw[T](metaclass=type): pass
class Deco: pass
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class D[T](Deco): pass
print(WithKw.__type_params__, D.tag, [c.__name__ for c in D.__mro__])
class Bounded[T: (int, str), U = list[T]]: pass
T, U = Bounded.__type_params__
print(T.__constraints__, U.__default__, Bounded[int].__args__)
class Plain: pass
print(Plain.__type_params__, type.__type_params__, int.__type_params__)
Plain.__type_params__ = (T,)
print(Plain.__type_params__)
try:
    int.__type_params__ = ()
except TypeError as e:
    print("TypeError", e)
