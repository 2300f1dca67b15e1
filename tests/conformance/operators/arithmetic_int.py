# Integer arithmetic including floor division/modulo sign rules
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (10**20, 3), (-(10**20), 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, 2 ** -1, (-2) ** -2, 10 ** 18 * 10 ** 18)
print(abs(-5), abs(5), -(-5), +(-5))
print(17 & 5, 17 | 5, 17 ^ 5, ~17, -17 & 0xff, -1 >> 10, 1 << 70, -5 >> 1, 5 >> 10)
for op in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1 / 0']:
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, type(e).__name__)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7))
print(7 .__floordiv__(2), (7).__rfloordiv__(2), (3).__neg__(), int.__add__(1, 2))
print(True + 2, True // 2, 5 * False)
print((123).bit_length(), (0).bit_length(), (-255).bit_length(), (10).bit_count())
print((-7).__abs__(), (255).to_bytes(2, 'little'), int('-0'), -0 == 0)
