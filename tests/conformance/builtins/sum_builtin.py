# sum() builtin
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
print(sum(x * x for x in range(5)), sum([True, True, False]), sum([1 + 1j, 2]), sum((), start=7), sum([1e100, 1.0, -1e100]))
print(sum([1, 2.5, 3]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
for args in [(['a', 'b'], ''), ([1, 'a'],), ([b'a'], b''), ([bytearray(b'x')], bytearray())]:
    try:
        print(sum(*args))
    except TypeError as e:
        print('TypeError', e)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
print(sum([V(1), V(2), V(3)]).v)
from fractions import Fraction
print(sum([Fraction(1, 3)] * 3), sum([0.1, 0.2, 0.3]) == 0.6)
