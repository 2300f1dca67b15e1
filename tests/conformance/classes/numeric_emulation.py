# A numeric class implementing arithmetic, comparisons, hashing and conversions
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('zero denominator')
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def __add__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Frac(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._c(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __repr__(self): return f'{self.n}/{self.d}'
a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * b, -a, abs(Frac(-3, 4)), a == Frac(2, 4), a == 1, Frac(4, 2) == 2)
print(sorted([Frac(3, 4), Frac(1, 8), Frac(1, 2)]), float(b), int(Frac(7, 2)), bool(Frac(0)), len({Frac(1, 2), Frac(2, 4)}))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
try:
    a + 1.5
except TypeError as e:
    print('TypeError', e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
