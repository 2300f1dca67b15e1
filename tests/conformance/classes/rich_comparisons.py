# Rich comparisons, reflection, total_ordering
class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f'__eq__({self.v}, {getattr(o, "v", o)})')
        return isinstance(o, Money) and self.v == o.v
    def __lt__(self, o):
        print(f'__lt__({self.v}, {getattr(o, "v", o)})')
        if not isinstance(o, Money):
            return NotImplemented
        return self.v < o.v
a, b = Money(1), Money(2)
print(a == b, a != b, a < b, a > b, b > a)
print(a == 1)
try:
    a <= b
except TypeError as e:
    print('TypeError', e)
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1, 0) >= Version(0, 9), Version(1) <= Version(1))
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()].count(3), 3 in [AlwaysEq()])
class NoEq: pass
n = NoEq()
print(n == n, n != n, n == NoEq(), n is n)
class Sub(Money):
    def __eq__(self, o):
        print('Sub.__eq__ tried first')
        return NotImplemented
print(Money(1) == Sub(1))
