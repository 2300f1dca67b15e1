# Every binary operator dunder, reflected and in-place
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v!r})'
ops = {'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//', 'mod': '%', 'pow': '**',
       'lshift': '<<', 'rshift': '>>', 'and': '&', 'or': '|', 'xor': '^', 'matmul': '@'}
def make(name, sym):
    def fwd(self, o): return f'{self!r} {sym} {o!r}'
    def rev(self, o): return f'{o!r} r{sym} {self!r}'
    def inp(self, o): return f'{self!r} {sym}= {o!r}'
    setattr(V, f'__{name}__', fwd)
    setattr(V, f'__r{name}__', rev)
    setattr(V, f'__i{name}__', inp)
for n, s in ops.items():
    make(n, s)
a = V(1)
for n, s in ops.items():
    print(eval(f'a {s} 2'), '|', eval(f'2 {s} a'))
    x = V(3)
    exec(f'x {s}= 4')
    print(x)
print(divmod(7, 2), pow(V(2), 3), pow(3, V(2)))
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __pow__(self, o, mod=None): return ('pow', o, mod)
print(divmod(D(), 1), divmod(1, D()), pow(D(), 2, 5), D() ** 3)
