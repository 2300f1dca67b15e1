# The @ operator via __matmul__/__rmatmul__/__imatmul__
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return f'rmatmul with {other!r}'
    def __repr__(self): return f'M({self.rows})'
a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(3 @ a)
c = a
c @= b
print(c, c is a)
class N:
    def __init__(self): self.log = []
    def __imatmul__(self, o):
        self.log.append(o)
        return self
n = N(); m = n
n @= 1; n @= 2
print(n is m, n.log)
try:
    1 @ 2
except TypeError as e:
    print('TypeError', e)
try:
    a @ 'x'
except TypeError as e:
    print('TypeError', e)
