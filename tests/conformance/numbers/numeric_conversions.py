# Conversions between numeric types and strings
print(int('42'), float('42'), complex('42'), str(42), repr(42.0), str(42j))
print(int(3.7), int(-3.7), round(3.7), round(-3.7), int(True), float(False))
print(bool(0), bool(0.0), bool(0j), bool(-1), bool(1e-300), bool(float('nan')))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), hex(0))
print(format(10, 'b'), format(10, '#o'), format(255, '#X'), format(-255, 'x'), format(10, '08b'))
print(str(1e100), str(-1e-100), repr(1.0e0), str(2.0**60), str(2**60))
print(chr(65), ord('A'), chr(0x263A), ord('\u263a'))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 1j
    def __index__(self): return 3
n = Num()
print(int(n), float(n), complex(n), bin(n), hex(n), [0, 1, 2, 3, 4][n], 'abcdef'[n:])
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), range(OnlyIndex())[-1])
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError', e)
try:
    float('1e500x')
except ValueError as e:
    print('ValueError', e)
print(float('1e500'), float('-1e500'), int('1' * 50), int('-' + '9' * 30))
