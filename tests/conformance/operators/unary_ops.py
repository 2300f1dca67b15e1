# Unary operators and their dunders
class V:
    def __init__(self, x): self.x = x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __abs__(self): return f'abs({self.x})'
    def __repr__(self): return f'V({self.x})'
v = V(5)
print(-v, +V(-3), ~v, abs(V(-2)), -(-v))
print(-5, +5, ~5, -0.0, +(-0.0), -(1 + 2j), ~True, -True, +False)
for bad in ['-"a"', '~1.5', '+[1]', '~None']:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, 'TypeError', e)
class NoNeg: pass
try:
    -NoNeg()
except TypeError as e:
    print('TypeError', e)
print(not not 5, - - - 1, ~~7)
