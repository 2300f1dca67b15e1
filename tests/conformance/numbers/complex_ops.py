# Complex arithmetic basics (finite values only)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0, -a, +a)
print(abs(a), a.real, a.imag, a.conjugate(), a == complex(3, 4), a != b)
print(a + 1, 1 + a, a * 2, 2 * a, a / 2, 2 / (1 + 1j), a - 1.5)
print(pow(1j, 2), pow(1j, 3), pow(1j, 4), (1 + 1j) ** 3, 2 ** (1j) == 2 ** (1j))
print(complex(1.5, -2.5), complex('(1+2j)'), complex(' 1-2j '), complex('j'), complex('-j'), complex('1e-3j'))
print(repr(1 + 0j), repr(0 + 1j), repr(-1j), repr(complex(0, 0)), repr(1.5 + 2.25j), str(3 + 0.5j))
try:
    a // b
except TypeError as e:
    print('TypeError', e)
try:
    a % 2
except TypeError as e:
    print('TypeError', e)
try:
    int(a)
except TypeError as e:
    print('TypeError', e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError')
print(hash(1 + 0j) == hash(1), hash(complex(0, 0)) == 0)
print(complex.__name__, type(a).__name__, isinstance(a, complex), a.__abs__())
print((1 + 2j).__add__(1), (2j).__rsub__(1), (1j).__mul__(1j))
print(format(1 + 2j), format(1.5 + 2j, '.2f'), f'{3 - 4j:>12}', f'{1j:g}')
