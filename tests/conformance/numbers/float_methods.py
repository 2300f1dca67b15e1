# float methods, conversion and formatting of repr
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e100, 1e-100, 123.456, 2.0**53, float('inf')]:
    print(repr(x), x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
for x in [0.5, 1.25, -0.75, 3.0, 0.1]:
    print(x.as_integer_ratio())
print(float.fromhex('0x1p-1074'), float.fromhex('-0x1.fffffffffffffp+1023'), float.fromhex('0x.8'))
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
print(float(), float(3), float('3'), float(' -1.5e3 '), float(True), float(2**70))
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError', e)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print(float.__getformat__('double'))
print(1.0.__eq__(1), (1.5).__lt__(2), (1.0).__eq__('1'))
print(repr(1/3), repr(2/3), repr(10/3), repr(1e-5), repr(1.5e-5), repr(100.0), repr(1e16), repr(123e20))
print(str(1.0), str(1e21), str(1e-4), str(0.00001), str(12345678901234567.0))
