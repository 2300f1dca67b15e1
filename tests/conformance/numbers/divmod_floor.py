# divmod / floor division / modulo identities for ints and floats
ints = [-7, -3, -1, 0, 1, 3, 7, 10**20 + 1]
for a in ints:
    for b in [-3, -1, 2, 5]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r, a // b == q, a % b == r, end=' | ')
    print()
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.3, 0.1), (1e10, 3.3), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(True, 2), divmod(-5, True))
try:
    divmod(1, 0.0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    divmod('a', 1)
except TypeError as e:
    print('TypeError', e)
