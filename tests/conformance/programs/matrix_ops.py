# Matrix operations with lists and a small Matrix class
from fractions import Fraction
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def T(self): return Matrix(zip(*self.rows))
    def __eq__(self, o): return self.rows == o.rows
    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1: result = result @ base
            base, n = base @ base, n >> 1
        return result
    def det(self):
        m = [[Fraction(x) for x in r] for r in self.rows]
        n, d = len(m), Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None: return 0
            if p != c: m[c], m[p] = m[p], m[c]; d = -d
            d *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
        return d
    def __repr__(self): return '\n'.join(' '.join(f'{x!s:>6}' for x in r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A @ B, 2 * A, A.T(), sep='\n--\n')
print((A @ Matrix.identity(2)) == A, A.shape, A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib.rows[0][1])
C = Matrix([[Fraction(1, 2), 1], [2, Fraction(1, 3)]])
print(C @ C)
