import copy, pickle
class C(int):
    def __new__(cls, *, foo):
        self = int.__new__(cls)
        self.foo = foo
        return self
    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}
x = C(foo=42)
for y in (copy.copy(x), copy.deepcopy(x)):
    print(type(y).__name__, y.foo, int(y))
print(x.__reduce_ex__(2)[0].__name__, x.__reduce_ex__(4)[1][1:])
class D:
    def __getnewargs_ex__(self): return [1], {}
try: D().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class E:
    def __getnewargs_ex__(self): return ((), {}, 1)
try: E().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class F:
    def __getnewargs_ex__(self): return ((), [])
try: F().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class G:
    def __getnewargs__(self): return 5
try: G().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
class H:
    def __init__(self, a): self.a = a
    def __getnewargs__(self): return (self.a,)
    def __new__(cls, a): return object.__new__(cls)
h = copy.copy(H(3)); print(h.a)
