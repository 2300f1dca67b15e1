# inf and nan behaviour
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(inf), str(nan), inf == float('Infinity'))
print(inf + inf, inf - inf, inf * -1, inf * 0, inf / 2, 2 / inf, -2 / inf, inf % 3 if False else 'skip')
print(nan + 1, nan * 0, nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
x = nan
print(x == x, x != x, [x].count(x), [x].index(x), x in {x})
print(max(inf, 1e308), min(-inf, -1e308), sorted([3.0, inf, -inf, 0.0]))
print(inf > 10**1000, -inf < -10**1000, int(1e308) > 0)
try:
    int(inf)
except OverflowError as e:
    print('OverflowError', e)
print(float('nan') != float('nan'), round(inf, 3), abs(-inf), -(-inf))
print(f'{inf:.2f} {-inf:e} {nan:g} {nan:10} {inf:+}')
print(inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex())
