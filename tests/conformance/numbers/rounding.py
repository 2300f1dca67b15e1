# round() with banker's rounding, ndigits, negative ndigits, types
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16, 123.456, -123.456, 1e-10]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), type(round(x)).__name__, type(round(x, 1)).__name__)
for n in [5, 15, 25, 35, -25, 149, 150, 151, 12345]:
    print(n, round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError', e)
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print('TypeError', e)
