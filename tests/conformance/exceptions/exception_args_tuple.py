# Exception args: __new__ and __init__ with the same arguments share one tuple (h/alloc); an
# exception without arguments has the shared empty tuple, as in CPython.
e = ValueError()
print(e.args, e.args is tuple(), repr(e), str(e))
e = ValueError(1, "two")
print(e.args, repr(e), str(e))
class E(Exception):
    def __init__(self, k):
        super().__init__(k, "x")
        self.k = k
print(E(5).args, E(5).k, repr(E(5)))
class G(Exception):
    def __init__(self, *a):
        super().__init__(*a)
g = G(1, [2])
print(g.args, type(g.args).__name__)
g.__init__(3)
print(g.args)
g.args = [7, 8]
print(g.args, type(g.args).__name__)
try:
    ValueError(x=1)
except TypeError as ex:
    print("TypeError", ex)
try:
    raise KeyError("k")
except KeyError as ex:
    print(ex.args, str(ex))
print(BaseException().args is tuple(), Exception("a").__reduce__())
class H(Exception):
    pass
print(H(1, 2).args, H().args is tuple())
