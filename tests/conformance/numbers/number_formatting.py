# format() specs for numbers
n, x = 1234567, -3.14159265
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '=+10d', '+d', ' d', ',d', '_d', '_x', '#b', '#o', '#x', '#X', 'n', 'c', '010d', 'e', '.3e', '%', '.1%', 'g', '.2g']:
    try:
        print(repr(spec), repr(format(n, spec)), repr(format(x, spec)) if spec not in ('d', '10d', '<10d', '^10d', '>10d', '=+10d', '+d', ' d', ',d', '_d', '_x', '#b', '#o', '#x', '#X', 'c', '010d') else '')
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for spec in ['f', '.0f', '.10f', '12.4f', '-^12.2f', '+.2e', 'G', '.3G', 'E', ',.2f', '_.3f', '#.0f', 'z.1f', '010.3f', '=10.2f']:
    print(repr(spec), repr(format(x, spec)), repr(format(-0.0001, spec)), repr(format(1e20, spec)))
for v in [0.0001, 0.00001, 1e15, 1e16, 1.5e-7, 123456.789, float('inf'), float('-inf'), float('nan')]:
    print(format(v, ''), format(v, 'g'), format(v, '.3'), format(v, 'e'), format(v, '10.2f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
try:
    format(10, '.2s')
except ValueError as e:
    print('ValueError', e)
