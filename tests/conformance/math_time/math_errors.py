# math domain/range errors (only exception types printed; messages vary across versions)
import math
cases = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('acos(2)', lambda: math.acos(2)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('factorial(-1)', lambda: math.factorial(-1)),
    ('factorial(2.5)', lambda: math.factorial(2.5)),
    ('isqrt(-4)', lambda: math.isqrt(-4)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('comb(3, -1)', lambda: math.comb(3, -1)),
    ('sqrt("x")', lambda: math.sqrt('x')),
    ('floor(inf)', lambda: math.floor(math.inf)),
    ('floor(nan)', lambda: math.floor(math.nan)),
    ('gamma(0)', lambda: math.gamma(0)),
    ('ldexp(1, 10000)', lambda: math.ldexp(1.0, 10000)),
]
for label, fn in cases:
    try:
        print(label, '->', fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, '->', type(e).__name__)
print(math.sqrt(math.inf), math.exp(-math.inf), math.log(math.inf), math.atan(math.inf) == math.pi / 2, math.isnan(math.sqrt(math.nan)))
