# numbers ABCs and isinstance relationships
import numbers
for v in [1, 1.5, 1j, True]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
from fractions import Fraction
from decimal import Decimal
f = Fraction(3, 4)
print(f, f + 1, f * 2, f + Fraction(1, 4), float(f), f.numerator, f.denominator, Fraction(0.5), Fraction('2/6'))
print(isinstance(f, numbers.Rational), f == 0.75, f < 1, Fraction(1, 3) + 0.5)
d = Decimal('0.1')
print(d + d + d, d * 3 == Decimal('0.3'), Decimal('1.10') + Decimal('2.205'), Decimal(1) / Decimal(8))
print(isinstance(d, numbers.Number), isinstance(d, numbers.Real))
