# bool is a subclass of int
print(issubclass(bool, int), isinstance(True, int), type(True) is bool, bool.__mro__)
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, abs(False))
print(sum([True, True, False, True]), max(True, 2), min(False, -1))
print(True == 1, True is True, bool(2) is True, str(True), repr(False), int(True))
print(True & 1, True | 2, type(True | 2).__name__, type(True | False).__name__, ~True)
print([0, 1, 2][True], 'ab'[False], {True: 'x'}[1])
print(bool(), bool([]), bool('False'), bool(0.0), bool(-0.0))
try:
    class MyBool(bool): pass
except TypeError as e:
    print('TypeError', e)
print(f'{True}', f'{True:d}', f'{True:>5}', '%d' % True, '%s' % False, format(False, '03'))
print(True.real, True.imag, True.numerator, True.bit_length(), (True).as_integer_ratio())
