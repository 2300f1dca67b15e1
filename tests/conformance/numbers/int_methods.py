# int methods and attributes
for n in [0, 1, -1, 10, 255, -256, 2**64 - 1, 12345678901234567890]:
    print(n, n.bit_length(), n.bit_count(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xfe', 'big', signed=True))
print((5).as_integer_ratio(), (-12).as_integer_ratio(), (7).is_integer())
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print(int.__name__, int.__qualname__, (3).__class__ is int, type(3) is int)
print(int(), int(3.99), int(-3.99), int('  12  '), int(b'42'), int(bytearray(b'7')), int('١٢٣'))
print(int('0b1010', 2), int('1010', 2), int('0xff', 0), int('077', 8), int('0', 0))
try:
    int('08', 0)
except ValueError as e:
    print('ValueError', e)
try:
    int(1.5, 10)
except TypeError as e:
    print('TypeError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int([1])
except TypeError as e:
    print('TypeError', e)
print(int.__index__(5), (5).__int__(), (5).__float__(), (5).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print(round(12345, -2), round(-150, -2), round(250, -2), round(7, 0), type(round(7.0)).__name__)
