# round() builtin
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.14159, 2.675, 1e20, 123.456, -123.456]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, -1)).__name__, round(True))
class R:
    def __round__(self, n=None): return f'R.round({n})'
print(round(R()), round(R(), 2))
for bad in ['1', None]:
    try:
        round(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print('TypeError', e)
