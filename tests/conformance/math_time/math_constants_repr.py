# repr/str of math constants and derived values
import math
print(repr(math.pi), str(math.e), math.tau == 2 * math.pi, math.inf == float('inf'), math.nan != math.nan)
print(f'{math.pi:.10f}', f'{math.e:.5e}', f'{math.pi:g}', round(math.pi, 4), format(math.tau, '.3f'))
print(math.pi * 2, math.pi / 2, math.pi ** 2, math.sqrt(math.pi), math.e ** math.pi)
print(22 / 7 - math.pi, 355 / 113 - math.pi, abs(355 / 113 - math.pi) < 1e-6)
print([round(math.sqrt(n), 6) for n in range(10)])
print([math.floor(math.log2(n)) for n in [1, 2, 3, 4, 7, 8, 1023, 1024]])
