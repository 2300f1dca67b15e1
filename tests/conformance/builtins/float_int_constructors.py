# float() and int() constructors from various inputs
print(float(), float(1), float('1.5'), float(' -2 '), float('1e3'), float('.5'), float('5.'), float('  inf '), float('-Infinity'), float('nAn'))
print(int(), int(1.9), int(-1.9), int('  7  '), int('-0'), int('101', 2), int('z', 36), int('0o17', 0), int(True))
class F:
    def __float__(self): return 1.25
class I:
    def __int__(self): return 9
class X:
    def __index__(self): return 3
print(float(F()), int(I()), int(X()), float(X()))
for bad in ['', '1.2.3', 'one', '1e', '0x10', '1,000']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['', '1.5', '0x10', '12abc', ' ']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [None, [1], {}]:
    try:
        float(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        int(bad)
    except TypeError as e:
        print('TypeError', e)
print(int('1' * 30), float('1' * 30), int(1e18), int(12345678901234567890.0))
print(int('١٢٣'), float('１２.５'), int(' \t\n12\n'))
