# bin, hex, oct
for n in [0, 1, -1, 7, 8, 255, -255, 1024, 2**64, -(2**70) + 1]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, '10', None]:
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError', e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print(format(255, 'x'), format(255, '#010x'), f'{255:#b}', f'{8:o}')
