# Float arithmetic, special values, mixed int/float
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, divmod(a, b))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 4 ** -0.5)
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, inf / inf, abs(-inf), inf == inf)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10), 1.1 * 1.1, 3 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2 == inf)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    10.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError')
print((-8.0) ** (1 / 3) == (-8.0) ** (1 / 3), type((-8.0) ** 0.5).__name__)
print(0.0 == -0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5))
print(int(2.9), int(-2.9), float(7), 7 / 7, type(7 / 7).__name__, 1e16 + 1 - 1e16)
print(5.0.__floordiv__(2), 2.0.__rpow__(3), (1.5).__trunc__(), (2.5).__round__())
print(max(0.1, 0.2), min(-0.0, 0.0), sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(float.__mod__(-1.0, 3.0), -1e-20 % 1.0, 1e20 % 3.0)
