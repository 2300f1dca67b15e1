# Summation accuracy and closeness tests
import math
vals = [1.0 / (i * i) for i in range(1, 1001)]
print(sum(vals), math.fsum(vals), abs(math.fsum(vals) - math.pi ** 2 / 6) < 1e-3)
try:
    math.fsum([1e308, 1e308, -1e308])
except OverflowError:
    print('OverflowError')
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([]), math.fsum([0.1, 0.2, 0.3]) == 0.6)
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print('ValueError')
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
print(math.prod(range(1, 11)), math.prod([0.5] * 4), math.prod([2] * 70))
